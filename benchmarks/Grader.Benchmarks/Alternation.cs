namespace Grader.Benchmarks;

/// <summary>One side of a comparison: a name and how to run it once.</summary>
/// <param name="Name">What the side is, as printed.</param>
/// <param name="Run">Runs it once and measures it.</param>
internal sealed record Side(string Name, Func<CancellationToken, Task<Measurement>> Run);

/// <summary>The runs of one side.</summary>
/// <param name="Name">The side's name.</param>
/// <param name="Runs">Every measured run, in order (the warm-up is not among them).</param>
internal sealed record Sample(string Name, IReadOnlyList<Measurement> Runs)
{
    /// <summary>The median wall time.</summary>
    public TimeSpan Median => TimeSpan.FromTicks(Statistics.Median(Runs.Select(r => r.Wall.Ticks)));

    /// <summary>The fastest and slowest run, for the spread.</summary>
    public (TimeSpan Min, TimeSpan Max) Range => (Runs.Min(r => r.Wall), Runs.Max(r => r.Wall));

    /// <summary>The median peak resident memory, in MiB.</summary>
    public double MedianPeakRssMiB => Statistics.Median(Runs.Select(r => r.PeakRssKiB)) / 1024.0;

    /// <summary>The runs that did not exit with <paramref name="expected"/>.</summary>
    public IReadOnlyList<Measurement> Unexpected(int expected) => Runs.Where(r => r.ExitCode != expected).ToList();

    /// <summary>"1.23 s (1.10–1.40)" for a table.</summary>
    public string Describe() => $"{Median.TotalSeconds:0.00} s ({Range.Min.TotalSeconds:0.00}–{Range.Max.TotalSeconds:0.00})";
}

/// <summary>
/// Runs the sides of a comparison in turn, A B C A B C …, so that every side sees the same machine load (other builds
/// and tests on a shared machine come and go in waves), after one unmeasured warm-up round for the disk caches.
/// </summary>
internal static class Alternation
{
    /// <summary>Runs every side <paramref name="runs"/> times, alternating, and returns the samples in the sides' order.</summary>
    public static async Task<IReadOnlyList<Sample>> RunAsync(IReadOnlyList<Side> sides, int runs, bool warmUp, Log log, CancellationToken cancellationToken)
    {
        if (warmUp)
        {
            foreach (var side in sides)
            {
                var warm = await side.Run(cancellationToken);
                log.Progress($"warm-up {side.Name}: {warm.Wall.TotalSeconds:0.00} s");
            }
        }
        var measured = sides.Select(_ => new List<Measurement>()).ToList();
        for (var run = 1; run <= runs; run++)
        {
            for (var i = 0; i < sides.Count; i++)
            {
                var m = await sides[i].Run(cancellationToken);
                measured[i].Add(m);
                log.Progress($"run {run}/{runs} {sides[i].Name}: {m.Wall.TotalSeconds:0.00} s, exit {m.ExitCode}");
            }
        }
        return sides.Select((s, i) => new Sample(s.Name, measured[i])).ToList();
    }
}

/// <summary>Medians.</summary>
internal static class Statistics
{
    /// <summary>The median of <paramref name="values"/> (the mean of the middle two for an even count).</summary>
    public static long Median(IEnumerable<long> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0) throw new InvalidOperationException("no values");
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
