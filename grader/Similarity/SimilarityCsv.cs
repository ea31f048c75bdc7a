using System.Globalization;
using System.Text;

namespace Grader.Similarity;

/// <summary><c>similarity.csv</c>: one row per reported pair of programs, the most similar pair of submissions
/// first.</summary>
public static class SimilarityCsv
{
    /// <summary>The file's name in a batch's output.</summary>
    public const string FileName = "similarity.csv";

    private static readonly string[] Header =
    [
        "first",
        "second",
        "pair_score",
        "program",
        "first_file",
        "second_file",
        "first_share",
        "second_share",
        "shared_fingerprints",
        "first_lines",
        "second_lines",
    ];

    /// <summary>Writes <paramref name="report"/> as CSV to <paramref name="output"/>.</summary>
    public static async Task WriteAsync(SimilarityReport report, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var text = new StringBuilder().AppendJoin(',', Header).Append("\r\n");
        foreach (var pair in report.Pairs)
        foreach (var program in pair.Programs)
            text.AppendJoin(
                    ',',
                    new[]
                    {
                        pair.First,
                        pair.Second,
                        Share(pair.Score),
                        program.Program,
                        program.First.Path,
                        program.Second.Path,
                        Share(program.First.Share),
                        Share(program.Second.Share),
                        program.Shared.ToString(CultureInfo.InvariantCulture),
                        program.First.LineRanges,
                        program.Second.LineRanges,
                    }.Select(Quote)
                )
                .Append("\r\n");
        await output.WriteAsync(text.ToString().AsMemory(), cancellationToken);
    }

    private static string Share(double share) => share.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) >= 0
            ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\""
            : field;
}
