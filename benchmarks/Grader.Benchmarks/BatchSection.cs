namespace Grader.Benchmarks;

/// <summary>
/// Figures 2 and 5: <c>grader batch</c> over a class of copies of <c>python-correct</c> with <c>--parallel 1</c> and
/// <c>--parallel 2</c>, alternating; the speed-up, submissions per minute, and the grader's peak resident memory.
/// </summary>
internal sealed class BatchSection : IBenchmarkSection
{
    /// <inheritdoc />
    public string Name => "batch";

    /// <inheritdoc />
    public string Title => "2. batch scaling, 5. memory";

    /// <inheritdoc />
    public async Task<IReadOnlyList<Figure>> RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var ws = context.Workspace;
        var size = context.Settings.BatchSize;
        var classFolder = ws.NewFolder("class");
        var correct = ws.PathOf("submissions/python-correct");
        for (var i = 1; i <= size; i++)
        {
            var student = Directory.CreateDirectory(Path.Combine(classFolder, $"student-{i:00}")).FullName;
            foreach (var file in Directory.GetFiles(correct))
                File.Copy(file, Path.Combine(student, Path.GetFileName(file)));
        }

        Side Batch(int parallel) =>
            new(
                $"batch of {size}, --parallel {parallel}",
                ct =>
                {
                    var output = ws.NewFolder($"out-{parallel}");
                    return ws.Grader("batch", classFolder, "--out", output, "--parallel", $"{parallel}")
                        .RunAsync(ws.Root, ct);
                }
            );
        // No warm-up round: a batch is long enough that the disk caches are warm after its first submission.
        var samples = await Alternation.RunAsync(
            [Batch(1), Batch(2)],
            context.Settings.BatchRuns,
            warmUp: false,
            context.Log,
            cancellationToken
        );
        var (one, two) = (samples[0], samples[1]);

        var figures = new List<Figure>();
        foreach (var sample in samples)
        {
            if (sample.Failures() is { } failures)
                figures.Add(failures);
        }
        var speedUp = one.Median / two.Median;
        figures.Add(Figure.Info("2", one.Name, $"{one.Describe()}, {PerMinute(size, one):0.0} submissions/min"));
        figures.Add(Figure.Info("2", two.Name, $"{two.Describe()}, {PerMinute(size, two):0.0} submissions/min"));
        figures.Add(
            Figure.Judged(
                "2",
                "speed-up of --parallel 2 over --parallel 1",
                $"{speedUp:0.00}×",
                "at least 1.7× on 2 cores",
                speedUp >= 1.7
            )
        );
        figures.Add(
            Figure.Info(
                "5",
                $"grader's peak resident memory, batch of {size}",
                $"{two.MedianPeakRssMiB:0} MiB with --parallel 2 (largest run {two.Runs.Max(r => r.PeakRssKiB) / 1024.0:0} MiB), {one.MedianPeakRssMiB:0} MiB with --parallel 1"
            )
        );
        return figures;
    }

    private static double PerMinute(int size, Sample sample) => size / sample.Median.TotalMinutes;
}
