using System.Diagnostics;

namespace Grader.Batch;

/// <summary>The counts a batch's progress shows, safe to update from several threads, and an estimate of the time
/// left.</summary>
public sealed class BatchTally(int total, int parallel)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _graded;
    private int _kept;
    private int _running;
    private int _ungraded;
    private long _gradingMs;

    /// <summary>How many submissions the batch covers.</summary>
    public int Total => total;

    /// <summary>How many are finished: graded now, kept from before, or found ungradable.</summary>
    public int Done => Volatile.Read(ref _graded) + Volatile.Read(ref _kept) + Volatile.Read(ref _ungraded);

    /// <summary>How many are being graded now.</summary>
    public int Running => Volatile.Read(ref _running);

    /// <summary>How many could not be graded.</summary>
    public int Failed => Volatile.Read(ref _ungraded);

    /// <summary>How many results were kept from an earlier run.</summary>
    public int Kept => Volatile.Read(ref _kept);

    /// <summary>How many were graded in this run.</summary>
    public int Graded => Volatile.Read(ref _graded);

    /// <summary>Time since the batch began.</summary>
    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>The time left, from the mean time a submission took so far; null until one has been graded.</summary>
    public TimeSpan? Remaining
    {
        get
        {
            var finished = Graded + Failed;
            if (finished == 0)
                return null;
            var mean = (double)Interlocked.Read(ref _gradingMs) / finished;
            var left = Total - Done;
            return TimeSpan.FromMilliseconds(mean * left / Math.Max(1, Math.Min(parallel, left)));
        }
    }

    internal void OnKept() => Interlocked.Increment(ref _kept);

    internal void OnStarted() => Interlocked.Increment(ref _running);

    internal void OnFinished(bool graded, long milliseconds)
    {
        Interlocked.Decrement(ref _running);
        Interlocked.Add(ref _gradingMs, milliseconds);
        Interlocked.Increment(ref graded ? ref _graded : ref _ungraded);
    }
}
