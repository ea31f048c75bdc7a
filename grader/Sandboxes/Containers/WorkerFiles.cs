using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;

namespace Grader.Sandboxes.Containers;

/// <summary>
/// What the grader needs to run inside a container as its own worker, placed at fixed paths: a single-file grader is
/// one self-contained Linux program, mounted as it is; a framework-dependent one is this machine's .NET runtime (the
/// host program, <c>hostfxr</c> and the shared framework) and the grader's build output.
/// </summary>
/// <param name="DotnetRoot">The .NET installation folder holding the <c>dotnet</c> host; null for a single
/// file.</param>
/// <param name="FrameworkFolder">The shared framework this grader runs on, inside <paramref name="DotnetRoot"/>; null
/// for a single file.</param>
/// <param name="AppFolder">The grader's build output (holding <c>grader.dll</c>); null for a single file.</param>
/// <param name="SingleFile">The single-file grader's program file; null for a framework-dependent grader.</param>
internal sealed record WorkerFiles(string? DotnetRoot, string? FrameworkFolder, string? AppFolder, string? SingleFile)
{
    /// <summary>Where the runtime is in the container.</summary>
    public const string DotnetInContainer = "/opt/lab-grader/dotnet";

    /// <summary>Where the grader's build output is in the container.</summary>
    public const string AppInContainer = "/opt/lab-grader/app";

    /// <summary>Where a single-file grader is in the container.</summary>
    public const string SingleFileInContainer = "/opt/lab-grader/grader";

    /// <summary>Where an instructor's assignment file is in the container.</summary>
    public const string AssignmentInContainer = "/opt/lab-grader/assignment";

    /// <summary>The files of this very grader process.</summary>
    /// <exception cref="SandboxUnavailableException">This machine's grader cannot run in a Linux container.</exception>
    public static WorkerFiles OfThisProcess()
    {
        if (!OperatingSystem.IsLinux())
            throw new SandboxUnavailableException(
                "the docker sandbox runs the grader inside each container on this machine's .NET runtime, which works only when the grader itself runs on Linux (use WSL or a Linux VM, with DOCKER_HOST for the engine)"
            );
        if (IsSingleFile)
            return SingleFileOf(
                Environment.ProcessPath
                    ?? throw new SandboxUnavailableException(
                        "the docker sandbox mounts the grader's own program file, and its path is unknown"
                    )
            );
        var framework = Path.TrimEndingDirectorySeparator(RuntimeEnvironment.GetRuntimeDirectory());
        var root = Path.GetFullPath(Path.Combine(framework, "..", "..", ".."));
        if (!File.Exists(Path.Combine(root, "dotnet")))
            throw new SandboxUnavailableException(
                $"the docker sandbox needs the dotnet host beside the runtime, and {root} has none"
            );
        return new WorkerFiles(root, framework, Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory), null);
    }

    /// <summary>A single-file grader at <paramref name="program"/>, which must be built for the engine's Linux
    /// (<c>linux-x64</c> or <c>linux-arm64</c>, as this machine).</summary>
    public static WorkerFiles SingleFileOf(string program) => new(null, null, null, Path.GetFullPath(program));

    /// <summary>Whether this grader is a single file: its assembly then has no file of its own.</summary>
    [UnconditionalSuppressMessage(
        "SingleFile",
        "IL3000",
        Justification = "The empty location is what tells a single file."
    )]
    private static bool IsSingleFile => typeof(WorkerFiles).Assembly.Location.Length == 0;

    /// <summary>The program and first arguments that start the grader in the container, before its command.</summary>
    public IReadOnlyList<string> Command =>
        SingleFile is null ? [$"{DotnetInContainer}/dotnet", $"{AppInContainer}/grader.dll"] : [SingleFileInContainer];

    /// <summary>The framework folder's path relative to <see cref="DotnetRoot"/>, such as
    /// <c>shared/Microsoft.NETCore.App/10.0.12</c>.</summary>
    public string FrameworkRelative => Path.GetRelativePath(DotnetRoot!, FrameworkFolder!);

    /// <summary>What a container mounts read-only to run the grader: the host's folders and where they go.</summary>
    public IEnumerable<(string Source, string Target)> Mounts()
    {
        if (SingleFile is not null)
        {
            yield return (SingleFile, SingleFileInContainer);
            yield break;
        }
        yield return (DotnetRoot!, DotnetInContainer);
        yield return (AppFolder!, AppInContainer);
    }

    /// <summary>What a container on a remote engine gets copied to run the grader: files, then folders, and where
    /// they go (the SDK and other frameworks stay behind).</summary>
    public IEnumerable<(FileSystemInfo Source, string Target)> Copies()
    {
        if (SingleFile is not null)
        {
            yield return (new FileInfo(SingleFile), SingleFileInContainer);
            yield break;
        }
        yield return (new FileInfo(Path.Combine(DotnetRoot!, "dotnet")), $"{DotnetInContainer}/dotnet");
        yield return (new DirectoryInfo(AppFolder!), AppInContainer);
        yield return (new DirectoryInfo(Path.Combine(DotnetRoot!, "host")), $"{DotnetInContainer}/host");
        yield return (new DirectoryInfo(FrameworkFolder!), $"{DotnetInContainer}/{FrameworkRelative}");
    }
}
