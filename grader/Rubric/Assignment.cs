namespace Grader.Rubric;

/// <summary>An assignment: the roles to grade and, for each, its checks, with points and deadlines.</summary>
/// <param name="Id">A short name, such as <c>lab1-sockets</c>.</param>
/// <param name="Title">For reports.</param>
/// <param name="Port">The port the programs use (12000 in the lab).</param>
/// <param name="Timeouts">Every deadline a check may wait on.</param>
/// <param name="Limits">The bounds every program runs within.</param>
/// <param name="Roles">The roles, in report order.</param>
public sealed record Assignment(
    string Id,
    string Title,
    int Port,
    Timeouts Timeouts,
    ProgramLimits Limits,
    IReadOnlyList<RoleSpec> Roles
)
{
    /// <summary>The lab's port, which the lecture's programs hard-code: an assignment's when its file names
    /// none.</summary>
    public const int LabPort = 12000;

    /// <summary>Every check of every role.</summary>
    public IEnumerable<CheckSpec> Checks => Roles.SelectMany(r => r.Checks);
}

/// <summary>The deadlines checks wait on. A correct program never reaches one.</summary>
/// <param name="ServerStart">From launch until the server's port is bound.</param>
/// <param name="Reply">From a request until its reply.</param>
/// <param name="Concurrency">How long a second client may wait while a first one is idle, for a concurrent
/// server.</param>
/// <param name="ClientRun">From a client's launch until it has exited.</param>
/// <param name="Build">For the submission's one build.</param>
public sealed record Timeouts(
    TimeSpan ServerStart,
    TimeSpan Reply,
    TimeSpan Concurrency,
    TimeSpan ClientRun,
    TimeSpan Build
);

/// <summary>The bounds every launched program runs within.</summary>
/// <param name="WallTime">How long one launch may run in all.</param>
/// <param name="OutputBytes">How much of each of standard output and error is kept.</param>
/// <param name="MemoryBytes">Memory for each process of a launch, and, with 256 MiB more for the grader itself, for one
/// whole submission's grading under the docker sandbox (its container).</param>
/// <param name="Cpus">CPUs for one whole submission's grading (the docker sandbox's container).</param>
/// <param name="Processes">Processes and threads at once, for each launch, and, with 128 more for the grader itself,
/// for one whole submission's grading under the docker sandbox.</param>
public sealed record ProgramLimits(
    TimeSpan WallTime,
    int OutputBytes,
    long MemoryBytes = 512L << 20,
    double Cpus = 1,
    int Processes = 256
)
{
    /// <summary>CPU time each process of a launch may use; the kernel kills it there.</summary>
    public TimeSpan CpuTime { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>What a launch may write in its scratch copy (in all under the namespace sandbox, per file under the
    /// direct one).</summary>
    public long ScratchBytes { get; init; } = 64L << 20;

    /// <summary>These limits for one launch that may run at most <paramref name="wallTime"/>.</summary>
    public Launching.LaunchLimits ForLaunch(TimeSpan wallTime) =>
        new(wallTime, OutputBytes)
        {
            MemoryBytes = MemoryBytes,
            Processes = Processes,
            CpuTime = CpuTime,
            ScratchBytes = ScratchBytes,
        };

    /// <summary>Memory a build's processes get at least: a compiler, the JVM or MSBuild needs more than a lab's
    /// program.</summary>
    public const long BuildMemoryFloor = 2L << 30;

    /// <summary>Processes and threads a build gets at least: MSBuild, javac and parallel compilers run dozens of
    /// threads.</summary>
    public const int BuildProcessesFloor = 512;

    /// <summary>What a build may write besides its outputs (its temporary files, a C# build's caches in its home), at
    /// least.</summary>
    public const long BuildScratchFloor = 256L << 20;

    /// <summary>Compiler messages fit in a few kilobytes; the cap only guards against a runaway build.</summary>
    public const int BuildOutputBytes = 256 * 1024;

    /// <summary>
    /// The limits of each build tool's run when the build may take <paramref name="buildTime"/>: that wall time, as
    /// much CPU time per process (so a compiler is never cut short of its wall time), and this launch's memory,
    /// processes and scratch raised to the build floors (<see cref="BuildMemoryFloor"/>, <see
    /// cref="BuildProcessesFloor"/>,
    /// <see cref="BuildScratchFloor"/>), which a rubric's larger limits override. Output files in the work folder are
    /// bounded per file by the scratch limit.
    /// </summary>
    public Launching.LaunchLimits ForBuild(TimeSpan buildTime) =>
        new(buildTime, BuildOutputBytes)
        {
            MemoryBytes = Math.Max(MemoryBytes, BuildMemoryFloor),
            Processes = Math.Max(Processes, BuildProcessesFloor),
            CpuTime = buildTime,
            ScratchBytes = Math.Max(ScratchBytes, BuildScratchFloor),
        };
}

/// <summary>One role of an assignment and its checks.</summary>
public sealed record RoleSpec(Role Role, string Title, IReadOnlyList<CheckSpec> Checks)
{
    /// <summary>
    /// Clients only (<c>accept-other-hosts</c>): whether a client that connects to a host other than localhost (a LAN
    /// address, a machine name) is graded as if it had connected to localhost. When false, the default, it fails its
    /// first check, told which address or name it tried.
    /// </summary>
    public bool AcceptsOtherHosts { get; init; }
}

/// <summary>Whether a student sees a check's details.</summary>
public enum Visibility
{
    /// <summary>Shown to everyone.</summary>
    Visible,

    /// <summary>Counted in the student's report but not detailed; detailed for instructors.</summary>
    Hidden,
}

/// <summary>One check of a role, as the assignment file states it.</summary>
/// <param name="Role">The role it checks.</param>
/// <param name="Id">Unique within the role, such as <c>uppercase</c>; the full id is <c>role/id</c>.</param>
/// <param name="Kind">Which check runs, such as <c>uppercase</c>.</param>
/// <param name="Title">One line for reports.</param>
/// <param name="Points">What passing it is worth.</param>
/// <param name="Required">Whether the role passes only if this check passes; false for robustness-only checks, scored
/// apart.</param>
/// <param name="Visibility">Whether students see its details.</param>
public sealed record CheckSpec(
    Role Role,
    string Id,
    string Kind,
    string Title,
    int Points,
    bool Required,
    Visibility Visibility
)
{
    /// <summary>The message to send or type, for checks that send one; null for the check's own default.</summary>
    public string? Message { get; init; }

    /// <summary>How many clients, for checks that use several; null for the check's default.</summary>
    public int? Clients { get; init; }

    /// <summary>A message size in bytes, for checks about message length; null for the check's default.</summary>
    public int? Size { get; init; }

    /// <summary>How long the probe waits before it acts (a slow server's reply, a pause between two writes).</summary>
    public TimeSpan? Delay { get; init; }

    /// <summary>How long the check waits for the program at most, instead of the assignment's deadline.</summary>
    public TimeSpan? Wait { get; init; }

    /// <summary>The id of a check of the same role that must pass first; if it did not, this one is skipped because of
    /// it.</summary>
    public string? Needs { get; init; }

    /// <summary>Whether the check gets a server process of its own, started afresh, so earlier checks cannot disturb
    /// it.</summary>
    public bool Fresh { get; init; }

    /// <summary>The id in results, such as <c>tcp-server/uppercase</c>.</summary>
    public string FullId => $"{Role.Name()}/{Id}";
}
