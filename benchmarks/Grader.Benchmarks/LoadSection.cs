using System.Text.Json;
using Grader.Tests.Support;

namespace Grader.Benchmarks;

/// <summary>
/// Figure 6: a verdict never depends on the machine. Each example is graded on an idle machine and beside four
/// CPU-bound processes per core, alternating; every loaded run's status of every check, required and robustness-only,
/// is compared with the idle runs', and the time each side took is reported.
/// </summary>
internal sealed class LoadSection : IBenchmarkSection
{
    private const int HogsPerCore = 4;

    private static readonly string[] Examples =
    [
        "lecture-as-printed",
        "python-correct",
        "csharp-reference",
        "python-reads-until-eof",
        "python-sequential-as-concurrent",
    ];

    // What csharp-reference's build reads outside its folder, shared as docs/grading.md's command does.
    private static readonly string[] Shares =
    [
        "--share",
        "reference",
        "Directory.Build.props",
        "Directory.Packages.props",
        "global.json",
    ];

    /// <inheritdoc />
    public string Name => "load";

    /// <inheritdoc />
    public string Title => $"6. verdicts idle and beside {HogsPerCore} CPU hogs per core";

    /// <inheritdoc />
    public async Task<IReadOnlyList<Figure>> RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var ws = context.Workspace;
        var figures = new List<Figure>();
        var identical = 0;
        var compared = 0;
        foreach (var name in Examples)
        {
            Task<Measurement> Grade(CancellationToken ct) =>
                ws.Grader(["grade", $"submissions/{name}", "--format", "json", "--instructor", .. Shares])
                    .RunAsync(ws.Root, ct);
            var samples = await Alternation.RunAsync(
                [
                    new Side($"{name} idle", Grade),
                    new Side(
                        $"{name} loaded",
                        async ct =>
                        {
                            using var hogs = CpuHogs.StartPerCore(HogsPerCore);
                            return await Grade(ct);
                        }
                    ),
                ],
                context.Settings.Runs,
                warmUp: false,
                context.Log,
                cancellationToken
            );
            var (idle, loaded) = (samples[0], samples[1]);
            var reference = Statuses(idle.Runs[0]);
            var idleAlike = idle.Runs.Count(r => Statuses(r) == reference);
            var loadedAlike = loaded.Runs.Count(r => Statuses(r) == reference);
            identical += loadedAlike;
            compared += loaded.Runs.Count;
            figures.Add(
                Figure.Info(
                    "6",
                    name,
                    $"{loadedAlike}/{loaded.Runs.Count} loaded runs and {idleAlike}/{idle.Runs.Count} idle runs with every check's status as in the first idle run; "
                        + $"idle {idle.Describe()}, loaded {loaded.Describe()} ({loaded.Median / idle.Median:0.0}×)"
                )
            );
        }
        figures.Add(
            Figure.Judged(
                "6",
                "loaded runs judged exactly as idle",
                $"{identical}/{compared}",
                "all",
                identical == compared
            )
        );
        return figures;
    }

    // Every check's status in order, from a run's JSON result; the exit code stands in when there is none.
    private static string Statuses(Measurement run)
    {
        try
        {
            using var doc = JsonDocument.Parse(run.StandardOutput);
            return string.Join(
                ",",
                doc.RootElement.GetProperty("checks")
                    .EnumerateArray()
                    .Select(c => $"{c.GetProperty("id").GetString()}={c.GetProperty("status").GetString()}")
            );
        }
        catch (JsonException)
        {
            return $"no result (exit {run.ExitCode}): {run.FirstLine}";
        }
    }
}
