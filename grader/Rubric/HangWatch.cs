namespace Grader.Rubric;

/// <summary>
/// How a wait on a student's program ends while nothing more will reach it: at its deadline alone (<see
/// cref="Deadline"/>), or as soon as the kernel shows the program waiting forever, with the deadline still ending every
/// wait the kernel cannot decide (<see cref="Kernel"/>, both at once). Chosen once per grading (<see
/// cref="Assignment.Hangs"/>) and asked by every wait on a program instead of a flag: the verdict is the same either
/// way, only sooner.
/// </summary>
public abstract class HangWatch
{
    /// <summary>The environment variable that, set to <c>deadline</c>, chooses <see cref="Deadline"/>.</summary>
    public const string Variable = "GRADER_HANGS";

    /// <summary>The kernel decides a hang as soon as it shows one (<c>Launching/StuckProgram</c>); the deadline decides
    /// the rest. The grader's way.</summary>
    public static HangWatch Kernel { get; } = new KernelHangWatch();

    /// <summary>Every deadline is waited out; the kernel is never asked (the environment's
    /// <c>GRADER_HANGS=deadline</c>, to compare).</summary>
    public static HangWatch Deadline { get; } = new DeadlineHangWatch();

    /// <summary>
    /// What may end a wait before its deadline: the task <paramref name="kernelSees"/> starts (a reading of the kernel
    /// that completes once it shows the program waiting forever) where the kernel decides, else a task that never
    /// completes. The caller waits on it beside its own deadline and cancels <paramref name="cancellationToken"/> when it
    /// stops asking.
    /// </summary>
    public abstract Task<TSeen> WhenSeenAsync<TSeen>(
        Func<CancellationToken, Task<TSeen>> kernelSees,
        CancellationToken cancellationToken
    );
}
