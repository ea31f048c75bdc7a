namespace Grader.Tests.Support;

/// <summary>A submission folder made for one test, with a work folder beside it, both deleted afterwards.</summary>
public sealed class TempSubmission : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "grader-tests-" + Guid.NewGuid().ToString("N"));

    /// <summary>Creates an empty submission folder named <paramref name="name"/> (reports show the name).</summary>
    public TempSubmission(string name = "student")
    {
        Folder = Path.Combine(_root, name);
        Directory.CreateDirectory(Folder);
        Directory.CreateDirectory(WorkDirectory);
    }

    /// <summary>The submission folder.</summary>
    public string Folder { get; }

    /// <summary>A folder for build outputs, outside the submission.</summary>
    public string WorkDirectory => Path.Combine(_root, "work");

    /// <summary>A copy of <c>submissions/python-correct</c> in which the <paramref name="replaced"/> files (name →
    /// content) are replaced.</summary>
    public static TempSubmission CorrectPythonWith(string name, IReadOnlyDictionary<string, string> replaced)
    {
        var submission = new TempSubmission(name);
        foreach (var file in Directory.GetFiles(Repository.Submission("python-correct"), "*.py"))
            submission.With(Path.GetFileName(file), File.ReadAllText(file));
        foreach (var (file, content) in replaced)
            submission.With(file, content);
        return submission;
    }

    /// <summary>Writes <paramref name="text"/> to <paramref name="relativePath"/> in the submission, creating
    /// folders.</summary>
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
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(
                Path.Combine(Folder, relativePath),
                UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            );
        return this;
    }

    /// <summary>Deletes both folders.</summary>
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
