namespace Grader.Tests.Support;

/// <summary>A submission folder written by a test, deleted afterwards.</summary>
public sealed class TempSubmission : IDisposable
{
    private TempSubmission(string directory) => Directory = directory;

    /// <summary>The folder.</summary>
    public string Directory { get; }

    /// <summary>Writes <paramref name="files"/> (name → content) into a new folder named <paramref name="name"/>.</summary>
    public static TempSubmission Create(string name, IReadOnlyDictionary<string, string> files)
    {
        var root = System.IO.Directory.CreateTempSubdirectory("grader-test-");
        var directory = System.IO.Directory.CreateDirectory(Path.Combine(root.FullName, name)).FullName;
        foreach (var (file, content) in files) File.WriteAllText(Path.Combine(directory, file), content);
        return new TempSubmission(directory);
    }

    /// <summary>A copy of <c>submissions/python-correct</c> in which <paramref name="replaced"/> files are replaced.</summary>
    public static TempSubmission CorrectPythonWith(string name, IReadOnlyDictionary<string, string> replaced)
    {
        var files = System.IO.Directory.GetFiles(Repository.Submission("python-correct"), "*.py")
            .ToDictionary(path => Path.GetFileName(path), File.ReadAllText);
        foreach (var (file, content) in replaced) files[file] = content;
        return Create(name, files);
    }

    /// <summary>Deletes the folder.</summary>
    public void Dispose() => System.IO.Directory.Delete(Path.GetDirectoryName(Directory)!, recursive: true);
}
