namespace Grader.Benchmarks;

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

    /// <summary>A line saying how many runs did not exit with <paramref name="expected"/>, with the first one's
    /// output; null when every run did.</summary>
    public Figure? Failures(int expected = 0)
    {
        var failed = Unexpected(expected);
        return failed.Count == 0
            ? null
            : Figure.Info("!", $"{Name} failed {failed.Count} of {Runs.Count} runs", failed[0].FirstLine);
    }

    /// <summary>"1.23 s (1.10–1.40)" for a table.</summary>
    public string Describe() =>
        $"{Median.TotalSeconds:0.00} s ({Range.Min.TotalSeconds:0.00}–{Range.Max.TotalSeconds:0.00})";
}
