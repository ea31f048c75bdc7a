using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Grader.Benchmarks;

/// <summary>
/// Figure 8: a generated class (200 copies of lab 1's correct examples) graded by one <c>grader batch</c> on this
/// machine, and as 4 shards of a Slurm array job on a one-node cluster on the same machine (docs/slurm/submit.sh, one
/// core per shard, so at most as many shards at once as cores) with its dependent merge job; submissions per minute per
/// core for both, and the merge's own time.
/// </summary>
internal sealed partial class ScalingSection : IBenchmarkSection
{
    private const int Shards = 4;

    // lab 1's correct examples, in Python and C, dealt out in turn.
    private static readonly string[] Examples =
    [
        "python-correct",
        "lecture-as-printed",
        "python-student-names",
        "c-correct",
    ];

    private static readonly HashSet<string> Unfinished =
    [
        "PENDING",
        "CONFIGURING",
        "RUNNING",
        "COMPLETING",
        "SUSPENDED",
        "REQUEUED",
    ];

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);

    [GeneratedRegex(@"\bJobState=(?<state>[A-Z_]+)")]
    private static partial Regex JobState();

    /// <inheritdoc />
    public string Name => "scaling";

    /// <inheritdoc />
    public string Title => "8. scaling: one machine against Slurm shards";

    /// <inheritdoc />
    public async Task<IReadOnlyList<Figure>> RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var ws = context.Workspace;
        var size = context.Settings.ScalingSize;
        var cores = Environment.ProcessorCount;
        var classFolder = ws.NewFolder("scaling-class");
        for (var i = 0; i < size; i++)
            CopyFolder(
                ws.PathOf(Path.Combine("submissions", Examples[i % Examples.Length])),
                Path.Combine(classFolder, $"student-{i + 1:000}")
            );
        context.Log.Progress($"wrote {size} submissions in {classFolder}");

        var cluster = ws.NewFolder("slurm");
        var script = ws.PathOf("docs/slurm/single-node.sh");
        var started = await new ChildCommand("bash", [script, "start", cluster]).RunAsync(ws.Root, cancellationToken);
        if (started.ExitCode != 0)
            throw new BenchmarkException($"the one-node Slurm cluster did not start: {started.StandardError.Trim()}");
        var slurm = new Dictionary<string, string?>
        {
            ["SLURM_CONF"] = Path.Combine(cluster, "slurm.conf"),
            ["GRADER"] = $"dotnet {ws.GraderDll}",
            ["SHARD_CPUS"] = "1",
        };
        try
        {
            var lastSlurmOutput = "";
            var one = new Side(
                $"one grader batch, --parallel {cores}",
                ct => ws.Grader("batch", classFolder, "--out", ws.NewFolder("scaling-one")).RunAsync(ws.Root, ct)
            );
            var sharded = new Side(
                $"{Shards} Slurm shards + merge",
                async ct =>
                {
                    lastSlurmOutput = ws.NewFolder("scaling-slurm");
                    return await SlurmRunAsync(ws, slurm, classFolder, lastSlurmOutput, ct);
                }
            );
            var samples = await Alternation.RunAsync(
                [one, sharded],
                context.Settings.BatchRuns,
                warmUp: false,
                context.Log,
                cancellationToken
            );

            // The merge alone, as a whole process, over the last Slurm run's shards (the merge job did the same).
            var merged = ws.NewFolder("scaling-merged");
            var merge = await ws.Grader([
                    "merge",
                    .. Enumerable.Range(1, Shards).Select(k => Path.Combine(lastSlurmOutput, "shards", $"{k}")),
                    "--out",
                    merged,
                ])
                .RunAsync(ws.Root, cancellationToken);

            var figures = new List<Figure>();
            foreach (var sample in samples)
            {
                if (sample.Failures() is { } failures)
                    figures.Add(failures);
                var perMinute = size / sample.Median.TotalMinutes;
                figures.Add(
                    Figure.Info(
                        "8",
                        $"{sample.Name}, class of {size} on {cores} cores",
                        $"{sample.Describe()}, {perMinute:0.0} submissions/min, {perMinute / cores:0.0} per core"
                    )
                );
            }
            figures.Add(
                Figure.Info(
                    "8",
                    $"grader merge of the {Shards} shards",
                    merge.ExitCode == 0
                        ? $"{merge.Wall.TotalSeconds:0.00} s (whole process)"
                        : $"failed: {merge.FirstLine}"
                )
            );
            var same =
                File.ReadAllText(Path.Combine(merged, "grades.csv"))
                == File.ReadAllText(Path.Combine(ws.Scratch, "scaling-one", "grades.csv"));
            figures.Add(
                Figure.Info(
                    "8",
                    "merged grades.csv against the one machine's",
                    same ? "identical" : "DIFFERENT (a timing-sensitive check judged differently under load?)"
                )
            );
            return figures;
        }
        finally
        {
            await new ChildCommand("bash", [script, "stop", cluster]).RunAsync(ws.Root, CancellationToken.None);
        }
    }

    /// <summary>docs/slurm/submit.sh, then waits for its merge job to end: the whole time, as one measurement (its exit
    /// code 0 when every job completed).</summary>
    private static async Task<Measurement> SlurmRunAsync(
        Workspace ws,
        IReadOnlyDictionary<string, string?> slurm,
        string classFolder,
        string output,
        CancellationToken cancellationToken
    )
    {
        var clock = Stopwatch.StartNew();
        var submit = await new ChildCommand(
            "bash",
            [ws.PathOf("docs/slurm/submit.sh"), classFolder, "lab1-sockets", output, $"{Shards}"],
            slurm
        ).RunAsync(ws.Root, cancellationToken);
        if (submit.ExitCode != 0)
            return submit with { Wall = clock.Elapsed };
        var ids = submit.StandardOutput.Trim().Split(' ');
        string[] states;
        while (true)
        {
            // One job at a time: scontrol takes no list of ids (an array job's id shows all its tasks).
            var shown = await Task.WhenAll(
                ids.Select(id =>
                    new ChildCommand("scontrol", ["show", "job", "-o", id], slurm).RunAsync(ws.Root, cancellationToken)
                )
            );
            states =
            [
                .. shown.SelectMany(s => JobState().Matches(s.StandardOutput)).Select(m => m.Groups["state"].Value),
            ];
            if (shown.All(s => s.ExitCode == 0) && states.Length > 0 && !states.Any(Unfinished.Contains))
                break;
            await Task.Delay(Poll, cancellationToken);
        }
        var wall = clock.Elapsed;
        var logs = string.Join(
            "\n",
            Directory.GetFiles(Path.Combine(output, "slurm"), "*.out").Order().Select(File.ReadAllText)
        );
        var completed = states.All(s => s == "COMPLETED");
        return new Measurement(
            wall,
            0,
            completed ? 0 : 1,
            logs,
            completed ? "" : $"jobs ended {string.Join(", ", states)}: {logs}"
        );
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var folder in Directory.GetDirectories(from))
            CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
    }
}
