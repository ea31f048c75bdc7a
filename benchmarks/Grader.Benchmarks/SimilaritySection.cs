using Grader.Tests.Support.Corpus;

namespace Grader.Benchmarks;

/// <summary>
/// Figure 7: <c>grader similarity</c> over a generated class of 500 (470 independent solutions that follow the lecture,
/// 5 groups of one solution and its 5 disguised copies), timed as a whole process, with the precision and recall of
/// the pairs it reports against the 75 planted ones.
/// </summary>
internal sealed class SimilaritySection : IBenchmarkSection
{
    private const int Independent = 470;
    private const int Groups = 5;
    private static readonly TimeSpan Goal = TimeSpan.FromSeconds(30);

    /// <inheritdoc />
    public string Name => "similarity";

    /// <inheritdoc />
    public string Title => "7. similarity report of a class of 500";

    /// <summary>Writes the class of 500 into <paramref name="folder"/>, from the lecture's programs in the repository at
    /// <paramref name="root"/>.</summary>
    public static PlantedCorpus WriteCorpus(string folder, string root) =>
        SimilarityCorpus.Write(folder, Path.Combine(root, "submissions", "lecture-as-printed"), Independent, Groups);

    /// <inheritdoc />
    public async Task<IReadOnlyList<Figure>> RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var ws = context.Workspace;
        var folder = ws.NewFolder("similarity-class");
        var corpus = WriteCorpus(folder, ws.Root);
        context.Log.Progress($"wrote {corpus.All.Count} submissions in {folder}");
        var output = Path.Combine(ws.Scratch, "similarity-out");
        var samples = await Alternation.RunAsync(
            [
                new Side(
                    "grader similarity",
                    ct => ws.Grader("similarity", folder, "--out", output).RunAsync(ws.Root, ct)
                ),
            ],
            context.Settings.Runs,
            warmUp: true,
            context.Log,
            cancellationToken
        );
        var sample = samples[0];
        var reported = File.ReadLines(Path.Combine(output, "similarity.csv"))
            .Skip(1)
            .Select(line => line.Split(','))
            .Select(fields => (fields[0], fields[1]))
            .ToHashSet();
        var planted = corpus.PlantedPairs;
        var found = reported.Intersect(planted).Count();
        return
        [
            Figure.Judged(
                "7",
                $"grader similarity over {corpus.All.Count} submissions ({Environment.ProcessorCount} cores)",
                $"{sample.Describe()}, peak {sample.MedianPeakRssMiB:0} MiB",
                $"under {Goal.TotalSeconds:0} s",
                sample.Median < Goal && sample.Unexpected(0).Count == 0
            ),
            Figure.Judged(
                "7",
                "planted pairs found (recall), reported pairs planted (precision)",
                $"recall {found}/{planted.Count}, precision {found}/{reported.Count}",
                "both 1",
                found == planted.Count && reported.Count == found
            ),
        ];
    }
}
