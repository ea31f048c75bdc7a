namespace Grader.Platforms;

/// <summary>What an import tells the person or log watching it: unpacking the download, then each student's files
/// written.</summary>
public interface IImportProgress
{
    /// <summary>Runs <paramref name="import"/> while showing its progress.</summary>
    Task RunAsync(Func<Task> import);

    /// <summary>Unpacking of the archive <paramref name="archive"/>, of <paramref name="bytes"/> bytes, began.</summary>
    void Unpacking(string archive, long bytes);

    /// <summary>Writing the folders of <paramref name="students"/> students began.</summary>
    void Writing(int students);

    /// <summary>One more student's folder is written.</summary>
    void Wrote();
}
