using System.Text.Json;
using System.Text.RegularExpressions;
using Grader.Reports;
using Grader.Results;

namespace Grader.Tests.Support;

/// <summary>
/// One uninterrupted <c>grader batch submissions --out …</c> over the example submissions, run once as a real process
/// and shared by the tests that read its output or compare other runs with it.
/// </summary>
public sealed partial class ExampleClass : IAsyncLifetime
{
    private readonly TempFolder _folder = new();

    /// <summary>The class folder: the repository's <c>submissions/</c>.</summary>
    public static string Submissions => Path.Combine(Repository.Root, "submissions");

    /// <summary>The options that let the examples' builds read what <c>csharp-reference</c> needs, as the README's
    /// command does.</summary>
    public static IReadOnlyList<string> Shares { get; } = ["--share", .. Repository.ReferenceShares];

    /// <summary>The example submissions' names, in order.</summary>
    public static IReadOnlyList<string> Names { get; } =
        Directory
            .GetDirectories(Submissions)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .ToList();

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
    public static string? FailingRole(string name)
    {
        var role = FailsLine().Match(File.ReadAllText(Path.Combine(Submissions, name, "README.md"))).Groups[1].Value;
        return role == "nothing" ? null : role;
    }

    /// <inheritdoc />
    public async ValueTask InitializeAsync() =>
        Run = await GraderCli.RunAsync(["batch", Submissions, "--out", Out, .. Shares]);

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _folder.Dispose();
        return ValueTask.CompletedTask;
    }

    [GeneratedRegex(@"^Fails: ([a-z-]+)\s*$", RegexOptions.Multiline)]
    private static partial Regex FailsLine();
}
