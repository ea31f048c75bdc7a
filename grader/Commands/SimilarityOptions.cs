using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Grader.Batch;
using Grader.Labs;
using Grader.Rubric;
using Grader.Similarity;

namespace Grader.Commands;

/// <summary>
/// The options <c>similarity</c> and <c>batch --similarity</c> share (<c>--base</c>, <c>--threshold</c>,
/// <c>--common</c>), and the one way both compare a class and store what they found.
/// </summary>
internal sealed class SimilarityOptions
{
    private readonly Option<string[]> _base = new("--base")
    {
        Description =
            "Starter code every student was given, subtracted like the lab's own base (lab 1: the lecture's five programs).",
        AllowMultipleArgumentsPerToken = true,
        CustomParser = result =>
        {
            foreach (var token in result.Tokens)
                if (!File.Exists(token.Value))
                {
                    result.AddError($"--base: there is no file at {(token.Value.Length == 0 ? "''" : token.Value)}");
                    return [];
                }
            return [.. result.Tokens.Select(t => Path.GetFullPath(t.Value))];
        },
    };

    private readonly Option<double> _threshold = Share(
        "--threshold",
        "Report a pair of submissions when its score is at least this: the share of both submissions' own code (beyond the base and the common) that their matched programs cover",
        SimilaritySettings.DefaultThreshold
    );

    private readonly Option<double> _common = Share(
        "--common",
        "Code found in more than this share of the class is common knowledge and counts for nobody, as MOSS's -m",
        SimilaritySettings.DefaultCommonShare
    );

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(_base);
        command.Options.Add(_threshold);
        command.Options.Add(_common);
    }

    /// <summary>The comparison the parse asks for, of submissions of <paramref name="lab"/>.</summary>
    public SimilarityRequest Request(ParseResult parse, ILab lab) =>
        new(lab.Definition.Name, parse.GetValue(_threshold), parse.GetValue(_common), [.. parse.GetValue(_base) ?? []]);

    /// <summary>Compares the class in <paramref name="classFolder"/> as <paramref name="request"/> asks, stores
    /// <c>similarity.csv</c> and <c>similarity.json</c> in <paramref name="output"/>, and says what it found.</summary>
    /// <exception cref="SimilarityException">A base file cannot be read.</exception>
    public static async Task<SimilarityReport> CompareAsync(
        SimilarityRequest request,
        string classFolder,
        string output,
        CancellationToken cancellationToken
    )
    {
        var lab =
            LabRegistry.Find(request.Lab)
            ?? throw new SimilarityException(
                $"the similarity report asked for lab {request.Lab}, which this grader does not know"
            );
        var shipped = new List<string>();
        foreach (var file in lab.BaseFiles)
            shipped.Add(await ShippedFiles.UnpackAsync(file, cancellationToken));
        var settings = new SimilaritySettings(request.Threshold, request.CommonShare, [.. shipped, .. request.Base]);
        var folders = ClassFolder
            .Select(classFolder, [], Shard.Whole, notStudents: [Platforms.Roster.FileName])
            .Select(f => f.Path)
            .ToList();
        var report = await ClassComparison.CompareAsync(folders, lab.Definition.Roles, settings, cancellationToken);
        await SimilarityFiles.SaveAsync(output, report, cancellationToken);
        Console.WriteLine(
            $"similarity: {report.Submissions} submissions compared, {report.Pairs.Count} pair{(report.Pairs.Count == 1 ? "" : "s")} reported, {report.Clusters.Count} cluster{(report.Clusters.Count == 1 ? "" : "s")} of three or more (evidence for a person to read; no grade changed)"
        );
        return report;
    }

    private static Option<double> Share(string name, string description, double fallback) =>
        new(name)
        {
            Description =
                $"{description} (a number from 0 to 1, default {fallback.ToString("0.##", CultureInfo.InvariantCulture)}).",
            DefaultValueFactory = _ => fallback,
            CustomParser = result => ParseShare(result, name),
        };

    private static double ParseShare(ArgumentResult result, string name)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        if (
            double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var share)
            && share is >= 0 and <= 1
        )
            return share;
        result.AddError($"{name} takes a number from 0 to 1, such as 0.5, not '{text}'");
        return 0;
    }
}
