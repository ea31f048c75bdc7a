using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Docker.DotNet.Models;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Configurations;
using DotNet.Testcontainers.Containers;
using Grader.Files;
using Grader.Results;
using Grader.Rubric;
using Grader.Sandboxes;
using Grader.Sandboxes.Containers;
using Grader.Submissions;
using Grader.Submissions.Archives;
using Microsoft.Extensions.Logging.Abstractions;

namespace Grader.Grading;

/// <summary>
/// The docker sandbox: each submission is graded inside a container of its own, by this same grader acting as
/// the worker (<c>grader grade --sandbox direct --format json</c>), so every sandbox shares one grading code path.
/// The container has only loopback, limits on memory, CPUs and processes from the assignment, and the submission
/// read-only, which the worker grades as every sandbox does (its archives unpacked, its links and anything else left out
/// in a copy of its own, inside the container: this process unpacks nothing); it is removed however grading ends, by this process or, should it be
/// killed outright, by its reaper (<see cref="ContainerReaper"/>). The worker is the container's root, holding only the
/// capabilities it needs to run each launch as a user of its own and to kill and clean up after it; so a student's
/// program can neither signal nor inspect the worker, forge its results, nor read the instructor's assignment file (in
/// a folder only root may enter).
/// </summary>
public sealed class ContainerGrader : ISubmissionGrader
{
    private const string SubmissionInContainer = "/submission";
    private const string ScratchInContainer = "/scratch";
    private const string Root = "0:0";

    // What the worker may do as root: become each launch's user (setuid, setgid, and setpcap to empty the launch's
    // bounding set), give it its scratch copy (chown), kill and delete what that user leaves (kill, dac_override,
    // fowner), and read what that user's threads wait in (sys_ptrace: /proc/PID/task/TID/syscall, and a copy of a
    // socket through pidfd_getfd to read its timeout), so a hang is seen rather than waited out. A launch starts with an
    // empty bounding set, so a student's program holds none of these. Everything else, the network and mounts among
    // it, stays out of reach.
    private static readonly string[] WorkerCapabilities =
    [
        "SETUID",
        "SETGID",
        "SETPCAP",
        "CHOWN",
        "KILL",
        "DAC_OVERRIDE",
        "FOWNER",
        "SYS_PTRACE",
    ];

    // The grader's own processes and threads, and memory, beyond what the assignment grants the students' programs: so
    // that a program is stopped at its own limits, with a verdict naming them, before the container's are reached.
    private const int WorkerProcesses = 128;
    private const long WorkerMemoryBytes = 256L << 20;

    // Inside, programs use the container's own loopback, one launch at a time per transport, each as a user of its own.
    private const string InnerSandbox = "direct";

    private readonly Assignment _assignment;
    private readonly ContainerSettings _settings;
    private readonly WorkerFiles _worker;
    private readonly bool _mount;
    private readonly Task<bool> _reaper;

    // A check's capture in a container is cut sooner than outside: every check's frames travel in the worker's JSON,
    // within the worker's own memory.
    private const long MostCaptureBytesInContainer = 1L << 20;

    // Whether the worker captures each launch's traffic on the container's loopback (which takes CAP_NET_RAW), and
    // how much; null for none.
    private CaptureSettings? _captures;

    private ContainerGrader(
        Assignment assignment,
        ContainerSettings settings,
        WorkerFiles worker,
        bool mount,
        Task<bool> reaper
    )
    {
        _assignment = assignment;
        _settings = settings;
        _worker = worker;
        _mount = mount;
        _reaper = reaper;
    }

    /// <summary>The sandbox's name in results.</summary>
    public const string SandboxName = "docker";

    /// <summary>Identifies this grader's containers (label <see cref="ContainerLabels.Run"/>).</summary>
    public string RunId { get; } = Guid.NewGuid().ToString("N");

    /// <summary>The longest one submission's container may run: the build, then every role's launch at its wall-time
    /// limit, and one more.</summary>
    public TimeSpan Deadline =>
        _assignment.Timeouts.Build + (_assignment.Limits.WallTime * (_assignment.Roles.Count + 1));

    /// <summary>
    /// A grader for <paramref name="assignment"/> on the Docker engine, after checking that the engine answers and has
    /// the image, and removing orphaned containers of killed graders; this process's reaper starts meanwhile.
    /// </summary>
    /// <exception cref="SandboxUnavailableException">No engine answers, the image is missing, or this machine's runtime
    /// cannot run inside it.</exception>
    public static async Task<ContainerGrader> CreateAsync(
        Assignment assignment,
        ContainerSettings settings,
        CancellationToken cancellationToken,
        CaptureSettings? captures = null
    )
    {
        var (available, reason) = await DockerEngine.ProbeAsync(cancellationToken);
        if (!available)
            throw new SandboxUnavailableException($"the docker sandbox is unavailable: {reason}");
        var worker = WorkerFiles.OfThisProcess();
        await RuntimeImage.RequireAsync(settings.Image, cancellationToken);
        var reaper = ContainerReaper.EnsureStarted(settings.Image, worker); // in the background: grading waits for it only with its first container
        await LeftoverContainers.RemoveOrphansAsync(cancellationToken);
        var mount = settings.Delivery switch
        {
            FileDelivery.Mount => true,
            FileDelivery.Copy => false,
            _ => DockerEngine.IsLocal,
        };
        return new ContainerGrader(assignment, settings, worker, mount, reaper) { _captures = captures };
    }

    /// <inheritdoc />
    public async Task<GradeResult> GradeAsync(string directory, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        if (!Path.Exists(directory) && FolderWalk.Describe(Path.GetFullPath(directory), directory) is null)
            throw new SubmissionException($"no submission folder at {directory}");
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)));
        // A folder is mounted as it is: the worker walks, copies and unpacks it inside the container, never here.
        // Anything else (a file, a copy for a remote engine) is first made a folder here, without unpacking.
        using var delivered =
            _mount && Directory.Exists(directory)
                ? null
                : SubmissionFolder.Prepare(directory, ArchiveLimits.Of(_assignment.Limits), unpack: false);
        var folder = new DirectoryInfo(delivered?.Directory ?? directory);

        await using var container = Build(folder, name, await DockerEngine.ConnectAsync(cancellationToken));
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Deadline);
        await using var removal = ContainerRemoval.Register(container);
        long exitCode;
        try
        {
            // The reaper, started with the grader, runs by the time the container does: a grader killed from then on
            // leaves nothing.
            await Task.WhenAll(StartAsync(container, deadline.Token), _reaper.WaitAsync(deadline.Token));
            exitCode = await container.GetExitCodeAsync(deadline.Token);
        }
        catch (OperationCanceledException e)
            when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new SandboxUnavailableException(
                $"grading {name} in its container took longer than {Deadline.TotalSeconds:0} s; the container was removed",
                e
            );
        }

        cancellationToken.ThrowIfCancellationRequested(); // interrupted: the container is already gone
        if (removal.RemovedEarly)
            throw new OperationCanceledException("the grader is ending");
        var (stdout, stderr) = await container.GetLogsAsync(timestampsEnabled: false, ct: cancellationToken);
        var result = exitCode switch
        {
            0 or 1 => JsonSerializer.Deserialize<GradeResult>(stdout, ResultJson.Options)
                ?? throw new SandboxUnavailableException($"the grader in the container printed no result for {name}"),
            2 => throw new SubmissionException(FirstLine(stderr).Replace("grader: ", "", StringComparison.Ordinal)),
            137 when await WasOutOfMemoryAsync(container, cancellationToken) => throw new SandboxUnavailableException(
                $"grading {name} ran out of memory in its container (limit {(_assignment.Limits.MemoryBytes + WorkerMemoryBytes) >> 20} MiB, the grader's own 256 MiB included): raise 'memory' under 'limits' in the assignment"
            ),
            _ => throw new SandboxUnavailableException(
                $"the grader in the container for {name} ended with code {exitCode}: {(Debugging ? stderr.TrimEnd() : FirstLine(stderr))} (the image must have sh, ln, and a glibc with libstdc++ for the grader's runtime)"
            ),
        };
        return CaptureFrames.Unpack(result) with
        {
            Sandbox = SandboxName,
            DurationMs = clock.ElapsedMilliseconds,
            Notes = [.. (delivered?.Notes ?? []).Concat(result.Notes).Distinct(StringComparer.Ordinal)],
        };
    }

    // GRADER_DEBUG: an internal error shows where it came from, the worker's too.
    private const string DebugVariable = "GRADER_DEBUG";

    private static bool Debugging => Environment.GetEnvironmentVariable(DebugVariable) is { Length: > 0 };

    private IContainer Build(DirectoryInfo submission, string name, IDockerEndpointAuthenticationConfiguration engine)
    {
        var limits = _assignment.Limits;
        var builder = new ContainerBuilder(_settings.Image)
            .WithDockerEndpoint(engine)
            .WithLogger(NullLogger.Instance)
            .WithImagePullPolicy(_ => false) // the image is local: RuntimeImage.RequireAsync checked
            .WithLabel(ContainerLabels.Sandbox, name)
            .WithLabel(ContainerLabels.Owner, ContainerLabels.ThisProcess)
            .WithLabel(ContainerLabels.Run, RunId)
            .WithEnvironment(
                new Dictionary<string, string>
                {
                    ["HOME"] = ScratchInContainer,
                    ["TMPDIR"] = $"{ScratchInContainer}/tmp",
                    ["DOTNET_ROOT"] = WorkerFiles.DotnetInContainer,
                    ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1", // no ICU needed in the image
                    ["DOTNET_EnableDiagnostics"] = "0",
                    ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
                    [LaunchUsers.RangeVariable] = LaunchUsers.ReserveBlock(),
                    // The worker tells where an internal error came from when the grader outside was asked to.
                    [DebugVariable] = Environment.GetEnvironmentVariable(DebugVariable) ?? "",
                    // The worker waits on hangs as this grading does (GRADER_HANGS=deadline, to compare).
                    [HangWatch.Variable] = _assignment.Hangs == HangWatch.Deadline ? "deadline" : "",
                }
            )
            .WithEntrypoint("/bin/sh", "-c", NameThenGrade, "lab-grader")
            .WithCommand([.. WorkerCommand(name)])
            .WithCreateParameterModifier(parameters =>
            {
                parameters.User = Root;
                var host = parameters.HostConfig ??= new HostConfig();
                host.NetworkMode = "none"; // loopback only: no way out
                // The container's network is its own, so its programs may bind any port, as a course on port 80 needs
                // (newer engines set this already).
                host.Sysctls = new Dictionary<string, string> { ["net.ipv4.ip_unprivileged_port_start"] = "0" };
                host.Memory = limits.MemoryBytes + WorkerMemoryBytes;
                host.MemorySwap = host.Memory; // no swap beyond the memory limit
                host.NanoCPUs = (long)(limits.Cpus * 1e9);
                // Builds may run more processes than programs (ProgramLimits.ForBuild); the grader's own come on top.
                host.PidsLimit = Math.Max(limits.Processes, ProgramLimits.BuildProcessesFloor) + WorkerProcesses;
                host.CapDrop = ["ALL"];
                // A capture reads the container's loopback through a packet socket.
                host.CapAdd = _captures is null ? WorkerCapabilities : [.. WorkerCapabilities, "NET_RAW"];
                host.SecurityOpt = ["no-new-privileges"];
                host.Init = true; // a real PID 1 reaps orphaned student processes
                host.Tmpfs = new Dictionary<string, string>
                {
                    [ScratchInContainer] =
                        $"rw,exec,nosuid,nodev,mode=755,size={limits.MemoryBytes.ToString(CultureInfo.InvariantCulture)}",
                };
                // The assignment file is mounted inside a folder only root may enter (copies are made readable by root
                // alone).
                if (_mount && _settings.AssignmentFile is not null)
                    host.Tmpfs[WorkerFiles.AssignmentInContainer] = "nosuid,nodev,noexec,mode=700,size=64k";
            });
        builder = _mount ? WithMounts(builder, submission) : WithCopies(builder, submission);
        return builder.Build();
    }

    // Names the read-only submission as the student's folder is named (a link in the scratch folder), then becomes the
    // worker, which grades it in place or from a copy of its own, as in any sandbox. Nothing is copied wholesale: a huge
    // file or a link loop costs nothing here.
    private const string NameThenGrade =
        "set -e; mkdir -p /scratch/tmp /scratch/as; ln -s /submission \"/scratch/as/$1\"; cd /scratch; shift; exec \"$@\"";

    private IEnumerable<string> WorkerCommand(string name)
    {
        yield return name;
        foreach (var part in _worker.Command)
            yield return part;
        yield return "grade";
        yield return $"{ScratchInContainer}/as/{name}";
        yield return "--sandbox";
        yield return InnerSandbox;
        yield return "--format";
        yield return "json";
        // The worker's captures come out inside its result, written to files here (the image needs no libpcap).
        if (_captures is not null)
        {
            yield return CaptureFrames.Option;
            yield return Math.Min(_captures.MostBytes, MostCaptureBytesInContainer)
                .ToString(CultureInfo.InvariantCulture);
        }
        // A lab an assignment file defines is named by the file alone.
        if (_assignment.Lab.Base is null)
        {
            yield return "--lab";
            yield return _assignment.Lab.Name;
        }
        if (_settings.AssignmentFile is { } file)
        {
            yield return "--assignment";
            yield return $"{WorkerFiles.AssignmentInContainer}/{Path.GetFileName(file)}";
        }
    }

    private ContainerBuilder WithMounts(ContainerBuilder builder, DirectoryInfo submission)
    {
        foreach (var (source, target) in _worker.Mounts())
            builder = builder.WithBindMount(source, target, AccessMode.ReadOnly);
        builder = builder.WithBindMount(submission.FullName, SubmissionInContainer, AccessMode.ReadOnly);
        if (_settings.AssignmentFile is { } file)
            builder = builder.WithBindMount(
                Path.GetFullPath(file),
                $"{WorkerFiles.AssignmentInContainer}/{Path.GetFileName(file)}",
                AccessMode.ReadOnly
            );
        return builder;
    }

    private ContainerBuilder WithCopies(ContainerBuilder builder, DirectoryInfo submission)
    {
        // Everything executable: the runtime's host and libraries, and a student's scripts, need it; nothing here is
        // secret.
        const UnixFileModes mode = Unix.FileMode755;
        foreach (var (source, target) in _worker.Copies())
            builder = source switch
            {
                FileInfo single => builder.WithResourceMapping(single, new FileInfo(target), fileMode: mode),
                _ => builder.WithResourceMapping((DirectoryInfo)source, target, fileMode: mode),
            };
        builder = builder.WithResourceMapping(submission, SubmissionInContainer, fileMode: mode);
        if (_settings.AssignmentFile is { } file)
            builder = builder.WithResourceMapping(
                new FileInfo(file),
                new FileInfo($"{WorkerFiles.AssignmentInContainer}/{Path.GetFileName(file)}"),
                fileMode: UnixFileModes.UserRead | UnixFileModes.UserWrite
            );
        return builder;
    }

    private static async Task StartAsync(IContainer container, CancellationToken cancellationToken)
    {
        try
        {
            await container.StartAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A worker that ends at once (a broken image) is reported from its exit code and output, below.
            if (container.State is TestcontainersStates.Exited or TestcontainersStates.Dead)
                return;
            throw new SandboxUnavailableException(
                $"the container did not start: {FirstLine(e.GetBaseException().Message)}",
                e
            );
        }
    }

    private static async Task<bool> WasOutOfMemoryAsync(IContainer container, CancellationToken cancellationToken)
    {
        using var client = await DockerEngine.CreateClientAsync(cancellationToken);
        ContainerInspectResponse inspect = await client.Containers.InspectContainerAsync(
            container.Id,
            cancellationToken
        );
        return inspect.State?.OOMKilled == true;
    }

    private static string FirstLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault()
        ?? "(no output)";
}
