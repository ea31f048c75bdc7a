using System.Text.Json;
using Grader.Reports;
using Grader.Results;

namespace Grader.Tests.Support;

/// <summary>
/// One uninterrupted <c>grader batch submissions --out …</c> over the example submissions, run once as a real process
/// and shared by the tests that read its output or compare other runs with it.
/// </summary>
public sealed class ExampleClass : IAsyncLifetime
{
    private readonly TempFolder _folder = new();

    /// <summary>
    /// The class folder: lab 1's examples of the repository's <c>submissions/</c>, as links in a folder of their own
    /// (made once per test run), since a batch grades a class for one lab.
    /// </summary>
    public static string Submissions => FirstLabClass.Value;

    /// <summary>The options that let the examples' builds read what <c>csharp-reference</c> needs, as docs/grading.md's
    /// command does.</summary>
    public static IReadOnlyList<string> Shares { get; } = ["--share", .. Repository.ReferenceShares];

    /// <summary>The names of lab 1's example submissions, in order.</summary>
    public static IReadOnlyList<string> Names { get; } = ExampleReadme.NamesOf(ExampleReadme.FirstLab);

    private static readonly Lazy<string> FirstLabClass = new(() =>
    {
        var folder = Directory.CreateTempSubdirectory("grader-lab1-examples-").FullName;
        foreach (var name in Names)
            Directory.CreateSymbolicLink(Path.Combine(folder, name), Repository.Submission(name));
        return folder;
    });

    /// <summary>The batch's output folder.</summary>
    public string Out => _folder["whole"];

    /// <summary>How the batch ended.</summary>
    public GraderCli.Run Run { get; private set; } = new(-1, "", "");

    /// <summary>A path in the output folder.</summary>
    public string this[string relative] => Path.Combine(Out, relative);

    /// <summary>A fresh folder for a test's own runs, deleted with the fixture.</summary>
    public string Scratch(string name) => _folder[name];

    /// <summary>The stored result of <paramref name="name"/>.</summary>
    public GradeResult Result(string name) => ReadResult(Path.Combine(Out, "results", name + ".json"));

    /// <summary>Reads a stored result file.</summary>
    public static GradeResult ReadResult(string path) =>
        JsonSerializer.Deserialize<GradeResult>(File.ReadAllText(path), JsonReport.Options)!;

    /// <summary>The role the example's README names on its <c>Fails:</c> line, or null for <c>Fails:
    /// nothing</c>.</summary>
    public static string? FailingRole(string name) => ExampleReadme.Of(name).Fails.SingleOrDefault();

    /// <inheritdoc />
    public async ValueTask InitializeAsync() =>
        Run = await GraderCli.RunAsync(["batch", Submissions, "--out", Out, .. Shares]);

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _folder.Dispose();
        return ValueTask.CompletedTask;
    }
}
