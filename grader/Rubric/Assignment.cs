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
