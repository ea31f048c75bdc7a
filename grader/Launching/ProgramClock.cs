using System.Diagnostics;

namespace Grader.Launching;

/// <summary>
/// The clock of the deadlines that judge a program: the time that passes, less the time the program's threads waited
/// for a CPU (<see cref="RunQueueWait"/>). On an idle machine it is the wall clock. On a busy one a deadline stretches
/// by exactly the time the program could not run, so a correct program never misses one because the machine was
/// loaded, while a program that hangs (blocked, waiting for nothing, so never on a run queue) is judged as soon as
/// ever. No deadline stretches beyond <see cref="MaxStretch"/> times its length.
/// </summary>
public sealed class ProgramClock
{
    /// <summary>How many times its length a deadline may last in real time, at most, however long the program
    /// waited.</summary>
    public const int MaxStretch = 10;

    // Below this, what is left of a deadline is not worth another timer.
    internal static readonly TimeSpan Resolution = TimeSpan.FromMilliseconds(1);

    private readonly RunQueueWait? _wait;

    private ProgramClock(RunQueueWait? wait) => _wait = wait;

    /// <summary>The wall clock, for waits that judge no program.</summary>
    public static ProgramClock Wall { get; } = new(null);

    /// <summary>The clock of the program whose outermost process is <paramref name="processId"/>, with everything it
    /// starts.</summary>
    internal static ProgramClock ForProcessTree(int processId) =>
        new(OperatingSystem.IsLinux() && RunQueueWait.IsAvailable ? new RunQueueWait(processId) : null);

    /// <summary>Reads the program's threads' waits now, so that a thread that ends before a deadline is looked at keeps
    /// its share.</summary>
    internal void Sample() => Waited(_wait);

    /// <summary>Starts measuring the program's time from now.</summary>
    public ProgramStopwatch StartNew() => new(Stopwatch.GetTimestamp(), _wait, Waited(_wait));

    /// <summary>How long the program of <paramref name="wait"/> has waited for a CPU in all; nothing where no kernel
    /// says (only Linux's does).</summary>
    internal static TimeSpan Waited(RunQueueWait? wait) =>
        OperatingSystem.IsLinux() && wait is not null ? wait.Total() : TimeSpan.Zero;

    /// <summary>Completes once <paramref name="duration"/> of the program's time has passed.</summary>
    public async Task DelayAsync(TimeSpan duration, CancellationToken cancellationToken)
    {
        var stopwatch = StartNew();
        var left = duration;
        while (left > TimeSpan.Zero)
        {
            await Task.Delay(left, cancellationToken).ConfigureAwait(false);
            left = stopwatch.Left(duration);
        }
    }

    /// <summary>A deadline <paramref name="duration"/> of the program's time from now, also cancelled with <paramref
    /// name="cancellationToken"/>.</summary>
    public ProgramDeadline Deadline(TimeSpan duration, CancellationToken cancellationToken) =>
        new(this, duration, cancellationToken);
}
