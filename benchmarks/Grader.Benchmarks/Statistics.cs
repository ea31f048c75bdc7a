namespace Grader.Benchmarks;

/// <summary>Medians.</summary>
internal static class Statistics
{
    /// <summary>The median of <paramref name="values"/> (the mean of the middle two for an even count).</summary>
    public static long Median(IEnumerable<long> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
            throw new InvalidOperationException("no values");
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
