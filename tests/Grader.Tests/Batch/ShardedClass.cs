using Grader.Batch;
using Grader.Tests.Support;
using Grader.Tests.Support.Corpus;

namespace Grader.Tests.Batch;

/// <summary>
/// A small class graded with <c>--similarity</c> twice, as real processes: once whole, and once as the three tasks of a
/// Slurm array (<c>sbatch --array=5-7</c>, so <c>--shard auto</c> must count from the array's first index) side by side.
/// The class is a generated one of two independent solutions and a solution with five disguised copies (pairs that
/// cross every shard), lab 1's example that reads until the end of the stream (a failed check) and a submission whose
/// manifest is broken (could not be graded). In a class of ten, code six copies share is in more than a third of it:
/// <c>--common 0.7</c> keeps it evidence, and shows the shards' options reach the merge.
/// </summary>
public sealed class ShardedClass : IAsyncLifetime
{
    private readonly TempFolder _folder = new();

    /// <summary>The class folder.</summary>
    public string Class => _folder["class"];

    /// <summary>The whole batch's output.</summary>
    public string Whole => _folder["whole"];

    /// <summary>The three shards' outputs, in order.</summary>
    public IReadOnlyList<string> Shards => [.. Enumerable.Range(1, 3).Select(k => _folder[$"shard-{k}"])];

    /// <summary>The submissions of the class, in name order.</summary>
    public IReadOnlyList<string> Names { get; private set; } = [];

    /// <summary>The pairs of copies the generated class holds.</summary>
    public IReadOnlyCollection<(string, string)> PlantedPairs { get; private set; } = [];

    /// <summary>How the whole batch and each shard ended.</summary>
    public IReadOnlyList<GraderCli.Run> Runs { get; private set; } = [];

    /// <summary>A fresh folder for a test's own output.</summary>
    public string Scratch(string name) => _folder[name];

    /// <summary>The variables Slurm gives the array task <paramref name="id"/> of <c>--array=5-7</c>.</summary>
    public static IReadOnlyDictionary<string, string> SlurmTask(int id) =>
        new Dictionary<string, string>
        {
            ["SLURM_ARRAY_TASK_ID"] = $"{id}",
            ["SLURM_ARRAY_TASK_MIN"] = "5",
            ["SLURM_ARRAY_TASK_MAX"] = "7",
            ["SLURM_ARRAY_TASK_COUNT"] = "3",
            ["SLURM_ARRAY_TASK_STEP"] = "1",
        };

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(Class);
        PlantedPairs = SimilarityCorpus
            .Write(Class, Repository.Submission("lecture-as-printed"), independent: 2, groups: 1)
            .PlantedPairs;
        Directory.CreateSymbolicLink(
            Path.Combine(Class, "python-reads-until-eof"),
            Repository.Submission("python-reads-until-eof")
        );
        Directory.CreateDirectory(Path.Combine(Class, "mallory"));
        File.WriteAllText(Path.Combine(Class, "mallory", "submission.yaml"), "run: [\n");
        Names =
        [
            .. Directory
                .GetFileSystemEntries(Class)
                .Select(Path.GetFileName)
                .OfType<string>()
                .Order(StringComparer.Ordinal),
        ];
        var whole = await GraderCli.RunAsync([
            "batch",
            Class,
            "--out",
            Whole,
            "--similarity",
            "--common",
            "0.7",
            "--captures",
            "--parallel",
            "2",
        ]);
        var shards = await Task.WhenAll(
            Enumerable
                .Range(0, 3)
                .Select(i =>
                    GraderCli.RunAsync(
                        [
                            "batch",
                            Class,
                            "--out",
                            Shards[i],
                            "--similarity",
                            "--common",
                            "0.7",
                            "--shard",
                            "auto",
                            "--captures",
                            "--parallel",
                            "1",
                        ],
                        SlurmTask(5 + i)
                    )
                )
        );
        Runs = [whole, .. shards];
    }

    /// <summary>The share of the class that shard <paramref name="number"/> of three grades.</summary>
    public IReadOnlyList<string> ShareOf(int number) => new Shard(number, 3).Of(Names);

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _folder.Dispose();
        return ValueTask.CompletedTask;
    }
}
