using System.Globalization;

namespace Grader.Benchmarks;

/// <summary>
/// The repository the benchmark runs in: where the grader's Release build, the submissions and the benchmark's own
/// files are, the real Python interpreter, and a scratch folder removed at the end.
/// </summary>
internal sealed class Workspace : IDisposable
{
    private Workspace(string root, string python, DirectoryInfo scratch)
    {
        Root = root;
        Python = python;
        Scratch = scratch.FullName;
    }

    /// <summary>The repository's root (the folder of Grader.sln).</summary>
    public string Root { get; }

    /// <summary>The real Python 3 interpreter behind <c>python3</c> on the PATH (never a pyenv shim).</summary>
    public string Python { get; }

    /// <summary>A temporary folder for class folders and batch outputs, removed on dispose.</summary>
    public string Scratch { get; }

    /// <summary>The grader's Release build.</summary>
    public string GraderDll => Path.Combine(Root, "grader", "bin", "Release", "net10.0", "grader.dll");

    /// <summary>A folder of the repository, by its path relative to the root.</summary>
    public string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>The grader's Release build run with <paramref name="arguments"/>, the way docs/benchmarks.md runs
    /// it.</summary>
    public ChildCommand Grader(params string[] arguments) => new("dotnet", [GraderDll, .. arguments]);

    /// <summary>
    /// Finds the repository above the current folder (or the program's own), builds the grader in Release unless
    /// <paramref name="build"/> is false, and resolves the real Python interpreter.
    /// </summary>
    public static async Task<Workspace> OpenAsync(bool build, Log log, CancellationToken cancellationToken)
    {
        var root =
            FindRoot(Environment.CurrentDirectory)
            ?? FindRoot(AppContext.BaseDirectory)
            ?? throw new BenchmarkException(
                "run the benchmark inside the repository (no Grader.sln above this folder)"
            );
        if (build)
        {
            log.Progress("dotnet build grader -c Release");
            var built = await new ChildCommand(
                "dotnet",
                ["build", "grader", "-c", "Release", "-nologo", "-v", "quiet"]
            ).RunAsync(root, cancellationToken);
            if (built.ExitCode != 0)
                throw new BenchmarkException($"the grader's Release build failed: {built.StandardOutput.Trim()}");
        }
        if (!File.Exists(Path.Combine(root, "grader", "bin", "Release", "net10.0", "grader.dll")))
            throw new BenchmarkException("no Release build of the grader: run without --no-build");

        var asked = await new ChildCommand("python3", ["-c", "import sys; print(sys.executable)"]).RunAsync(
            root,
            cancellationToken
        );
        var python = asked.StandardOutput.Trim();
        if (asked.ExitCode != 0 || !File.Exists(python))
            throw new BenchmarkException("no python3 on the PATH");
        return new Workspace(root, python, Directory.CreateTempSubdirectory("grader-benchmarks-"));
    }

    /// <summary>A fresh, empty folder in the scratch folder.</summary>
    public string NewFolder(string name)
    {
        var path = Path.Combine(Scratch, name);
        if (Directory.Exists(path))
            Directory.Delete(path, recursive: true);
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>The machine's load average over the last minute, from <c>/proc/loadavg</c>.</summary>
    public static double LoadAverage()
    {
        var text = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg") : "0";
        return double.Parse(text.Split(' ')[0], CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Directory.Delete(Scratch, recursive: true);
        }
        catch (IOException)
        {
            // Left for the system's temporary-file cleaning.
        }
    }

    private static string? FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Grader.sln")))
                return dir.FullName;
        return null;
    }
}
