using System.Diagnostics;

namespace Grader.Launching;

/// <summary>A measurement of a program's time from one moment.</summary>
public sealed class ProgramStopwatch
{
    private readonly long _start;
    private readonly RunQueueWait? _wait;
    private readonly TimeSpan _waitAtStart;

    internal ProgramStopwatch(long start, RunQueueWait? wait, TimeSpan waitAtStart)
    {
        _start = start;
        _wait = wait;
        _waitAtStart = waitAtStart;
    }

    /// <summary>Real time since the start.</summary>
    public TimeSpan WallElapsed => Stopwatch.GetElapsedTime(_start);

    /// <summary>The program's time since the start: real time less the time it waited for a CPU.</summary>
    public TimeSpan Elapsed
    {
        get
        {
            var wall = WallElapsed;
            var waited = _wait is null ? TimeSpan.Zero : ProgramClock.Waited(_wait) - _waitAtStart;
            return waited >= wall ? TimeSpan.Zero : wall - waited;
        }
    }

    /// <summary>Whether <paramref name="duration"/> of the program's time has passed (or <see
    /// cref="ProgramClock.MaxStretch"/> times it in real time).</summary>
    public bool HasReached(TimeSpan duration) => Left(duration) <= TimeSpan.Zero;

    /// <summary>How much real time to wait at least before <paramref name="duration"/> can have passed; zero once it
    /// has.</summary>
    internal TimeSpan Left(TimeSpan duration)
    {
        var wall = WallElapsed;
        if (wall < duration)
            return duration - wall; // the program's time is never ahead of the wall clock
        var stretched = duration * ProgramClock.MaxStretch - wall;
        var left = duration - Elapsed;
        left = left < stretched ? left : stretched;
        return left < ProgramClock.Resolution ? TimeSpan.Zero : left;
    }
}
