namespace Grader.Rubric;

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

    /// <summary>The bytes a submission is graded from, at most: its own files and what its archives unpack to, all
    /// together (<c>unpacked-bytes</c>). A file that would go beyond is left out, and so is the rest of an archive that
    /// does: what a zip bomb or a huge file runs into.</summary>
    public long UnpackedBytes { get; init; } = 64L << 20;

    /// <summary>The files and folders a submission is graded from, at most, its archives' included
    /// (<c>unpacked-files</c>).</summary>
    public int UnpackedFiles { get; init; } = 2000;

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
