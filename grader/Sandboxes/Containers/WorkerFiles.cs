using System.Runtime.InteropServices;

namespace Grader.Sandboxes.Containers;

/// <summary>
/// What the grader needs to run inside a container as its own worker: this machine's .NET runtime (the host
/// program, <c>hostfxr</c> and the shared framework) and the grader's build output, placed at fixed paths.
/// </summary>
/// <param name="DotnetRoot">The .NET installation folder holding the <c>dotnet</c> host.</param>
/// <param name="FrameworkFolder">The shared framework this grader runs on, inside <paramref
/// name="DotnetRoot"/>.</param>
/// <param name="AppFolder">The grader's build output (holding <c>grader.dll</c>).</param>
internal sealed record WorkerFiles(string DotnetRoot, string FrameworkFolder, string AppFolder)
{
    /// <summary>Where the runtime is in the container.</summary>
    public const string DotnetInContainer = "/opt/lab-grader/dotnet";

    /// <summary>Where the grader's build output is in the container.</summary>
    public const string AppInContainer = "/opt/lab-grader/app";

    /// <summary>Where an instructor's assignment file is in the container.</summary>
    public const string AssignmentInContainer = "/opt/lab-grader/assignment";

    /// <summary>The files of this very grader process.</summary>
    /// <exception cref="SandboxUnavailableException">This machine's runtime cannot run in a Linux
    /// container.</exception>
    public static WorkerFiles OfThisProcess()
    {
        if (!OperatingSystem.IsLinux())
            throw new SandboxUnavailableException(
                "the docker sandbox runs the grader inside each container on this machine's .NET runtime, which works only when the grader itself runs on Linux (use WSL or a Linux VM, with DOCKER_HOST for the engine)"
            );
        var framework = Path.TrimEndingDirectorySeparator(RuntimeEnvironment.GetRuntimeDirectory());
        var root = Path.GetFullPath(Path.Combine(framework, "..", "..", ".."));
        if (!File.Exists(Path.Combine(root, "dotnet")))
            throw new SandboxUnavailableException(
                $"the docker sandbox needs the dotnet host beside the runtime, and {root} has none"
            );
        var app = Path.GetDirectoryName(typeof(WorkerFiles).Assembly.Location)!;
        return new WorkerFiles(root, framework, app);
    }

    /// <summary>The framework folder's path relative to <see cref="DotnetRoot"/>, such as
    /// <c>shared/Microsoft.NETCore.App/10.0.12</c>.</summary>
    public string FrameworkRelative => Path.GetRelativePath(DotnetRoot, FrameworkFolder);

    /// <summary>The folders of the runtime that a copy must carry (the SDK and other frameworks stay behind).</summary>
    public IEnumerable<(string Source, string Target)> RuntimeCopies()
    {
        yield return (Path.Combine(DotnetRoot, "host"), $"{DotnetInContainer}/host");
        yield return (FrameworkFolder, $"{DotnetInContainer}/{FrameworkRelative}");
    }
}
