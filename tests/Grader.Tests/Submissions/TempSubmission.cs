namespace Grader.Tests.Submissions;

/// <summary>A submission folder made for one test, with a work folder beside it, both deleted afterwards.</summary>
internal sealed class TempSubmission : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "grader-tests-" + Guid.NewGuid().ToString("N"));

    public TempSubmission()
    {
        Directory.CreateDirectory(Folder);
        Directory.CreateDirectory(WorkDirectory);
    }

    /// <summary>The submission folder.</summary>
    public string Folder => Path.Combine(_root, "student");

    /// <summary>A folder for build outputs, outside the submission.</summary>
    public string WorkDirectory => Path.Combine(_root, "work");

    /// <summary>Writes <paramref name="text"/> to <paramref name="relativePath"/> in the submission, creating folders.</summary>
    public TempSubmission With(string relativePath, string text = "")
    {
        var path = Path.Combine(Folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    /// <summary>Writes an executable file.</summary>
    public TempSubmission WithExecutable(string relativePath, string text)
    {
        With(relativePath, text);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(Path.Combine(Folder, relativePath), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return this;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A program still holding a file; the temp folder is cleaned by the system eventually.
        }
    }
}
