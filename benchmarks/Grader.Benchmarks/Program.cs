using System.CommandLine;
using System.Globalization;
using Grader.Benchmarks;

// The grader's benchmark: its figures against their goals (issue 8), from a fresh clone, in Release:
//   dotnet run -c Release --project benchmarks/Grader.Benchmarks -- --runs 5
IBenchmarkSection[] sections =
[
    new FloorSection(),
    new BatchSection(),
    new FaultySection(),
    new SandboxSection(),
    new StartupSection(),
    new LoadSection(),
    new SimilaritySection(),
    new ScalingSection(),
];

var runs = new Option<int>("--runs")
{
    Description = "Measured runs of each side of a comparison, after a warm-up round (the median is reported).",
    DefaultValueFactory = _ => 5,
};
var batchRuns = new Option<int>("--batch-runs")
{
    Description = "Measured runs of each side of the batch comparison (each is minutes long).",
    DefaultValueFactory = _ => 3,
};
var batchSize = new Option<int>("--batch-size")
{
    Description = "How many copies of python-correct the batch grades.",
    DefaultValueFactory = _ => 40,
};
var scalingSize = new Option<int>("--scaling-size")
{
    Description = "How many submissions the scaling section grades, on one machine and as Slurm shards.",
    DefaultValueFactory = _ => 200,
};
var only = new Option<string[]>("--only")
{
    Description = $"Run only these sections: {string.Join(", ", sections.Select(s => s.Name))}.",
    AllowMultipleArgumentsPerToken = true,
};
only.AcceptOnlyFromAmong(sections.Select(s => s.Name).ToArray());
var quick = new Option<bool>("--quick")
{
    Description =
        "A quick look, not figures to quote: 3 runs, one batch run each of 10 submissions, a scaling class of 12.",
};
var corpus = new Option<string?>("--write-corpus")
{
    Description =
        "Only write the similarity section's generated class of 500 (independent solutions and disguised copies) into this folder, and stop.",
};
var noBuild = new Option<bool>("--no-build") { Description = "Use the grader's existing Release build." };
var quiet = new Option<bool>("--quiet")
{
    Description = "Print no progress lines, only the sections' headings and the results.",
};

var root = new RootCommand(
    "Benchmarks the grader: one submission against the floor, batch scaling, faulty submissions, sandboxes, memory."
)
{
    runs,
    batchRuns,
    batchSize,
    scalingSize,
    only,
    quick,
    corpus,
    noBuild,
    quiet,
};
root.SetAction(
    async (parse, cancellationToken) =>
    {
        if (parse.GetValue(corpus) is { } corpusFolder)
        {
            var written = SimilaritySection.WriteCorpus(corpusFolder, Directory.GetCurrentDirectory());
            Console.WriteLine(
                $"wrote {written.All.Count} submissions in {corpusFolder}: {written.Independent.Count} independent, {written.CopyGroups.Count} groups of planted copies ({written.PlantedPairs.Count} pairs)"
            );
            return 0;
        }
        var isQuick = parse.GetValue(quick);
        var settings = new BenchmarkSettings(
            isQuick ? 3 : parse.GetValue(runs),
            isQuick ? 1 : parse.GetValue(batchRuns),
            isQuick ? 10 : parse.GetValue(batchSize),
            isQuick ? 12 : parse.GetValue(scalingSize),
            (parse.GetValue(only) is { Length: > 0 } chosen ? chosen : sections.Select(s => s.Name)).ToHashSet(),
            !parse.GetValue(noBuild)
        );
        if (settings.Runs < 1 || settings.BatchRuns < 1 || settings.BatchSize < 1 || settings.ScalingSize < 1)
        {
            Console.Error.WriteLine(
                "benchmarks: --runs, --batch-runs, --batch-size and --scaling-size take numbers of at least 1"
            );
            return 2;
        }

        var log = new Log(parse.GetValue(quiet));
        try
        {
            using var workspace = await Workspace.OpenAsync(settings.Build, log, cancellationToken);
            var context = new BenchmarkContext(workspace, settings, log);
            var loadBefore = Workspace.LoadAverage();
            var started = DateTime.UtcNow;
            var results = new List<(IBenchmarkSection Section, IReadOnlyList<Figure> Figures)>();
            foreach (var section in sections.Where(s => settings.Sections.Contains(s.Name)))
            {
                Log.Section(section.Title);
                var figures = await section.RunAsync(context, cancellationToken);
                foreach (var figure in figures)
                    Console.Error.WriteLine($"  → {figure}");
                results.Add((section, figures));
            }

            Console.WriteLine();
            Console.WriteLine($"Grader benchmarks, {started:yyyy-MM-dd HH:mm} UTC, {Machine()}");
            Console.WriteLine(
                $"{settings.Runs} runs per side (median, fastest–slowest in brackets), alternating the sides; batch: {settings.BatchRuns} runs of {settings.BatchSize}"
            );
            Console.WriteLine(
                $"load average (1 min): {loadBefore.ToString("0.0", CultureInfo.InvariantCulture)} at the start, {Workspace.LoadAverage().ToString("0.0", CultureInfo.InvariantCulture)} at the end, over {(DateTime.UtcNow - started).TotalMinutes:0.0} min"
            );
            foreach (var (section, figures) in results)
            {
                Console.WriteLine();
                Console.WriteLine(section.Title);
                foreach (var figure in figures)
                    Console.WriteLine($"  {figure}");
            }
            var missed = results.SelectMany(r => r.Figures).Count(f => f.Verdict == Verdict.Missed);
            Console.WriteLine();
            Console.WriteLine(
                missed == 0 ? "every goal met" : $"{missed} goal(s) missed: see docs/benchmarks.md for why"
            );
            return 0;
        }
        catch (BenchmarkException e)
        {
            Console.Error.WriteLine($"benchmarks: {e.Message}");
            return 2;
        }
    }
);
return await root.Parse(args).InvokeAsync();

static string Machine()
{
    var cpu = File.Exists("/proc/cpuinfo")
        ? File.ReadLines("/proc/cpuinfo")
            .FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))
            ?.Split(':', 2)[1]
            .Trim()
        : null;
    var memory = File.Exists("/proc/meminfo")
        ? long.Parse(
            File.ReadLines("/proc/meminfo").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1],
            CultureInfo.InvariantCulture
        )
            / 1024.0
            / 1024.0
        : 0;
    return $"{Environment.ProcessorCount} cores ({cpu ?? "unknown CPU"}), {memory:0} GiB, {Environment.OSVersion}, .NET {Environment.Version}";
}
