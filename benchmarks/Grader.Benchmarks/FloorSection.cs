namespace Grader.Benchmarks;

/// <summary>
/// Figure 1: <c>grader grade</c> against the floor (<c>benchmarks/floor.py</c>: start the five programs once, wait for
/// the servers to listen, one message each, stop them): <c>python-correct</c> and <c>lecture-as-printed</c> with the
/// lab's full rubric, <c>python-correct</c> with the full rubric waiting every deadline out (<c>GRADER_HANGS=deadline</c>:
/// the kernel's answers off) and with the required checks only (<c>benchmarks/required-only.yaml</c>), alternating all.
/// </summary>
internal sealed class FloorSection : IBenchmarkSection
{
    private const string Submission = "submissions/python-correct";
    private const string Lecture = "submissions/lecture-as-printed";

    /// <inheritdoc />
    public string Name => "floor";

    /// <inheritdoc />
    public string Title => "1. one submission against the floor";

    /// <inheritdoc />
    public async Task<IReadOnlyList<Figure>> RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var ws = context.Workspace;
        var floor = new ChildCommand(ws.Python, [ws.PathOf("benchmarks/floor.py"), ws.PathOf(Submission), ws.Python]);
        var full = ws.Grader("grade", Submission, "--format", "json");
        var lecture = ws.Grader("grade", Lecture, "--format", "json");
        var waited = full.WithEnvironment("GRADER_HANGS", "deadline");
        var required = ws.Grader(
            "grade",
            Submission,
            "--format",
            "json",
            "--assignment",
            "benchmarks/required-only.yaml"
        );
        var samples = await Alternation.RunAsync(
            [
                new Side("floor.py", ct => floor.RunAsync(ws.Root, ct)),
                new Side("grade, full rubric", ct => full.RunAsync(ws.Root, ct)),
                new Side("grade, required checks only", ct => required.RunAsync(ws.Root, ct)),
                new Side("grade lecture-as-printed, full rubric", ct => lecture.RunAsync(ws.Root, ct)),
                new Side("grade, full rubric, deadlines waited out", ct => waited.RunAsync(ws.Root, ct)),
            ],
            context.Settings.Runs,
            warmUp: true,
            context.Log,
            cancellationToken
        );
        var (floorSample, fullSample, requiredSample) = (samples[0], samples[1], samples[2]);
        var (lectureSample, waitedSample) = (samples[3], samples[4]);

        var figures = new List<Figure>();
        foreach (var sample in samples)
        {
            if (sample.Failures() is { } failures)
                figures.Add(failures);
        }
        var fullRatio = fullSample.Median / floorSample.Median;
        var requiredRatio = requiredSample.Median / floorSample.Median;
        figures.Add(Figure.Info("1", "floor (floor.py, five programs once)", floorSample.Describe()));
        figures.Add(
            Figure.Info(
                "1",
                "grade python-correct, full rubric",
                $"{fullSample.Describe()}; grading itself (durationMs) {InnerMedian(fullSample)}"
            )
        );
        figures.Add(
            Figure.Info(
                "1",
                "grade python-correct, required checks only",
                $"{requiredSample.Describe()}; grading itself (durationMs) {InnerMedian(requiredSample)}"
            )
        );
        figures.Add(
            Figure.Info(
                "1",
                "grade lecture-as-printed, full rubric",
                $"{lectureSample.Describe()}; grading itself (durationMs) {InnerMedian(lectureSample)}"
            )
        );
        figures.Add(
            Figure.Info(
                "1",
                "grade python-correct, full rubric, every deadline waited out (GRADER_HANGS=deadline)",
                $"{waitedSample.Describe()}; grading itself (durationMs) {InnerMedian(waitedSample)}"
            )
        );
        figures.Add(Figure.Judged("1", "full rubric / floor", $"{fullRatio:0.0}×", "at most 2×", fullRatio <= 2));
        var lectureRatio = lectureSample.Median / floorSample.Median;
        figures.Add(
            Figure.Judged(
                "1",
                "lecture-as-printed, full rubric / floor",
                $"{lectureRatio:0.0}×",
                "at most 2×",
                lectureRatio <= 2
            )
        );
        figures.Add(
            Figure.Info(
                "1",
                "full rubric, hangs seen by the kernel / every deadline waited out",
                $"{fullSample.Median / waitedSample.Median:0.00}×"
            )
        );
        figures.Add(
            Figure.Judged(
                "1",
                "required checks only / floor",
                $"{requiredRatio:0.0}×",
                "at most 2×",
                requiredRatio <= 2
            )
        );

        // Any grader that checks "copes within 2 s" must wait 2 s for a client that never times out, as the lecture's
        // do: the floor plus the longest deadline the correct submission reaches is what the full rubric could cost.
        var waits = GradeJson.Deadlines(fullSample.Runs[^1].StandardOutput);
        if (waits.Count > 0)
        {
            var longest = TimeSpan.FromSeconds(waits.Max(w => w.Seconds));
            figures.Add(
                Figure.Info(
                    "1",
                    $"full rubric / (floor + the longest deadline python-correct reaches, {longest.TotalSeconds:0.#} s)",
                    $"{fullSample.Median / (floorSample.Median + longest):0.00}×; it waits out {string.Join(", ", waits)}"
                )
            );
        }
        return figures;
    }

    private static string InnerMedian(Sample sample)
    {
        var inner = sample
            .Runs.Select(r => GradeJson.Duration(r.StandardOutput))
            .OfType<TimeSpan>()
            .Select(t => t.Ticks)
            .ToList();
        return inner.Count == 0 ? "n/a" : $"{TimeSpan.FromTicks(Statistics.Median(inner)).TotalSeconds:0.00} s";
    }
}
