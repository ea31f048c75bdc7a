namespace Grader.Launching;

/// <summary>The bounds every launched program runs within. Bounds left null are not set.</summary>
/// <param name="WallTime">
/// How long it may run before it is killed, in its own time: real time less the time it waited for a CPU, so a loaded
/// machine does not shorten it (<see cref="ProgramClock"/>; at most <see cref="ProgramClock.MaxStretch"/> times as long
/// in real time).
/// </param>
/// <param name="OutputBytes">How much of each of standard output and error is kept.</param>
public sealed record LaunchLimits(TimeSpan WallTime, int OutputBytes)
{
    /// <summary>Memory each of its processes may hold (resident and swapped, as the kernel charges it; not what a runtime
    /// reserves); the grader kills a process seen holding more.</summary>
    public long? MemoryBytes { get; init; }

    /// <summary>Processes and threads it may run at once; one more fails to start, and the grader then kills
    /// it.</summary>
    public int? Processes { get; init; }

    /// <summary>CPU time each of its processes may use before the kernel kills it.</summary>
    public TimeSpan? CpuTime { get; init; }

    /// <summary>What it may write in its scratch folder beyond the copy of its files (in all, or per file where the
    /// sandbox can only bound files).</summary>
    public long? ScratchBytes { get; init; }

    /// <summary>A size for verdicts: "64 KiB", "512 MiB", "1.5 GiB", with a decimal point in any culture.</summary>
    public static string Size(long bytes) =>
        bytes switch
        {
            >= 1L << 30 when bytes % (1L << 30) == 0 => $"{bytes >> 30} GiB",
            >= 1L << 30 => $"{Tenths(bytes / (double)(1L << 30))} GiB",
            >= 1L << 20 when bytes % (1L << 20) == 0 => $"{bytes >> 20} MiB",
            >= 1L << 20 => $"{Tenths(bytes / (double)(1L << 20))} MiB",
            >= 1L << 10 when bytes % (1L << 10) == 0 => $"{bytes >> 10} KiB",
            >= 1L << 10 => $"{Tenths(bytes / 1024.0)} KiB",
            _ => $"{bytes} bytes",
        };

    private static string Tenths(double value) =>
        value.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}
