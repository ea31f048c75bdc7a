using Grader.Tests.Support;
using Grader.Tests.Support.Corpus;

namespace Grader.Tests.Similarity;

/// <summary>
/// One <c>grader batch … --similarity</c> over lab 1's examples and a generated class (12 independent solutions, one
/// solution with its 5 disguised copies), run once as a real process. The examples' results are those of the shared
/// batch over the examples, kept by <c>--resume</c>, so only the generated submissions are graded again.
/// </summary>
public sealed class SimilarityBatch
{
    private static readonly Lock Gate = new();
    private static Task<SimilarityBatch>? _once;
    private readonly TempFolder _folder;

    private SimilarityBatch(TempFolder folder, PlantedCorpus corpus, GraderCli.Run run)
    {
        _folder = folder;
        Corpus = corpus;
        Run = run;
    }

    /// <summary>The generated part of the class.</summary>
    public PlantedCorpus Corpus { get; }

    /// <summary>How the batch ended.</summary>
    public GraderCli.Run Run { get; }

    /// <summary>The batch's output folder.</summary>
    public string Out => _folder["out"];

    /// <summary>A path in the output folder.</summary>
    public string this[string relative] => Path.Combine(Out, relative);

    /// <summary>A path for a test's own files.</summary>
    public string Scratch(string name) => _folder[name];

    /// <summary>The batch, run the first time it is asked for (the folder lives as long as the test run).</summary>
    public static Task<SimilarityBatch> OfAsync(ExampleClass examples)
    {
        lock (Gate)
            return _once ??= RunAsync(examples);
    }

    private static async Task<SimilarityBatch> RunAsync(ExampleClass examples)
    {
        var folder = new TempFolder();
        var classFolder = folder["class"];
        Directory.CreateDirectory(classFolder);
        foreach (var name in ExampleClass.Names)
            Directory.CreateSymbolicLink(Path.Combine(classFolder, name), Repository.Submission(name));
        var corpus = SimilarityCorpus.Write(classFolder, Repository.Submission("lecture-as-printed"), 12, 1);
        var results = Path.Combine(folder["out"], "results");
        Directory.CreateDirectory(results);
        foreach (var file in Directory.GetFiles(Path.Combine(examples.Out, "results")))
            File.Copy(file, Path.Combine(results, Path.GetFileName(file)));
        var run = await GraderCli.RunAsync([
            "batch",
            classFolder,
            "--out",
            folder["out"],
            "--resume",
            "--similarity",
            .. ExampleClass.Shares,
        ]);
        return new SimilarityBatch(folder, corpus, run);
    }
}
