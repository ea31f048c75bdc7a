namespace Grader.Benchmarks;

/// <summary>
/// Runs the sides of a comparison in turn, A B C A B C …, so that every side sees the same machine load (other builds
/// and tests on a shared machine come and go in waves), after one unmeasured warm-up round for the disk caches.
/// </summary>
internal static class Alternation
{
    /// <summary>Runs every side <paramref name="runs"/> times, alternating, and returns the samples in the sides'
    /// order.</summary>
    public static async Task<IReadOnlyList<Sample>> RunAsync(
        IReadOnlyList<Side> sides,
        int runs,
        bool warmUp,
        Log log,
        CancellationToken cancellationToken
    )
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
