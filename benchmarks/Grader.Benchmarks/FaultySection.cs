namespace Grader.Benchmarks;

/// <summary>
/// Figure 3: the time to grade each faulty lab 1 example in <c>submissions/</c> (those whose README names a failing role),
/// with <c>python-correct</c> among them as the baseline, round-robin; which deadlines each waits out; and whether the
/// worst stays within a few seconds plus the deadlines its fault hits.
/// </summary>
internal sealed class FaultySection : IBenchmarkSection
{
    private const string Baseline = "python-correct";

    // "Within a few seconds plus the deadlines it hits": this much on top of the correct submission's time and the
    // deadlines only the fault hits.
    private static readonly TimeSpan FewSeconds = TimeSpan.FromSeconds(3);

    /// <inheritdoc />
    public string Name => "faulty";

    /// <inheritdoc />
    public string Title => "3. faulty submissions";

    /// <inheritdoc />
    public async Task<IReadOnlyList<Figure>> RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var ws = context.Workspace;
        var faulty = Directory
            .GetDirectories(ws.PathOf("submissions"))
            .Order(StringComparer.Ordinal)
            .Where(d => FailingRole(d) is { } role && role != "nothing")
            .Select(Path.GetFileName)
            .OfType<string>()
            .ToList();
        List<string> names = [Baseline, .. faulty];
        var samples = await Alternation.RunAsync(
            names
                .Select(name => new Side(
                    name,
                    ct =>
                        ws.Grader("grade", $"submissions/{name}", "--format", "json", "--instructor")
                            .RunAsync(ws.Root, ct)
                ))
                .ToList(),
            context.Settings.Runs,
            warmUp: true,
            context.Log,
            cancellationToken
        );

        var baseline = samples[0];
        var baselineHits = GradeJson.Deadlines(baseline.Runs[^1].StandardOutput);
        var figures = new List<Figure>
        {
            Figure.Info("3", $"{Baseline} (baseline)", $"{baseline.Describe()}; waits out {Describe(baselineHits)}"),
        };
        if (baselineHits.Any(h => h.Required))
            figures.Add(
                Figure.Judged(
                    "3",
                    "required checks waiting on a deadline for the correct submission",
                    string.Join(", ", baselineHits.Where(h => h.Required)),
                    "none",
                    false
                )
            );

        var worst = (Name: "", Over: TimeSpan.MinValue, Time: TimeSpan.Zero, Limit: TimeSpan.Zero);
        var waiting = new List<string>();
        foreach (var sample in samples.Skip(1))
        {
            var hits = GradeJson.Deadlines(sample.Runs[^1].StandardOutput);
            if (hits.Count > 0)
                waiting.Add($"{sample.Name}: {Describe(hits)}");
            var ownHits = hits.Where(h => baselineHits.All(b => b.Check != h.Check)).ToList();
            var limit = baseline.Median + TimeSpan.FromSeconds(ownHits.Sum(h => h.Seconds)) + FewSeconds;
            var wrongExit = sample.Unexpected(1);
            var exitNote =
                wrongExit.Count == 0 ? "" : $"; {wrongExit.Count} runs exited {wrongExit[0].ExitCode}, not 1";
            figures.Add(
                Figure.Info(
                    "3",
                    sample.Name,
                    $"{sample.Describe()}, {Signed(sample.Median - baseline.Median)} vs correct; its fault waits out {Describe(ownHits)}{exitNote}"
                )
            );
            if (sample.Median - limit > worst.Over)
                worst = (sample.Name, sample.Median - limit, sample.Median, limit);
        }
        // Every fault in these examples is a hang the kernel can see (a read with no timeout, nothing on its way), so
        // none should be left to its deadline.
        figures.Add(
            Figure.Judged(
                "3",
                "faulty examples that wait out a deadline",
                waiting.Count == 0 ? "none" : string.Join("; ", waiting),
                "none: the kernel decides each of their hangs",
                waiting.Count == 0
            )
        );
        figures.Add(
            Figure.Judged(
                "3",
                $"worst faulty example against its limit ({worst.Name})",
                $"{worst.Time.TotalSeconds:0.00} s, limit {worst.Limit.TotalSeconds:0.00} s",
                $"within the correct submission's time + the deadlines its fault hits + {FewSeconds.TotalSeconds:0} s",
                worst.Over <= TimeSpan.Zero
            )
        );
        return figures;
    }

    private static string Describe(IReadOnlyList<DeadlineHit> hits) =>
        hits.Count == 0 ? "no deadline" : string.Join(", ", hits);

    private static string Signed(TimeSpan t) => $"{(t >= TimeSpan.Zero ? "+" : "−")}{Math.Abs(t.TotalSeconds):0.00} s";

    /// <summary>The role named on the <c>Fails:</c> line of the submission's README, or null without one.</summary>
    private static string? FailingRole(string folder)
    {
        var readme = Path.Combine(folder, "README.md");
        if (!File.Exists(readme))
            return null;
        // Lab 1's examples only: an example of another lab says so on a "Lab:" line.
        var lines = File.ReadLines(readme).ToList();
        if (lines.Any(l => l.StartsWith("Lab:", StringComparison.Ordinal)))
            return null;
        var line = lines.FirstOrDefault(l => l.StartsWith("Fails:", StringComparison.Ordinal));
        return line?["Fails:".Length..].Trim().Trim('`').Trim();
    }
}
