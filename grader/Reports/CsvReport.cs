using System.Globalization;
using System.Text;
using Grader.Results;

namespace Grader.Reports;

/// <summary>
/// A gradebook's import: one row per submission (name, score, maximum, whether it passed, then points per role and per
/// check), RFC 4180 quoting, invariant numbers.
/// </summary>
public sealed class CsvReport : IReport, IBatchReport
{
    /// <inheritdoc />
    public string Format => "csv";

    /// <inheritdoc />
    public string BatchFileName => "grades.csv";

    /// <inheritdoc />
    public Task WriteAsync(
        GradeResult result,
        ReportContext context,
        TextWriter output,
        CancellationToken cancellationToken
    ) => WriteAsync(ClassResult.Of([result.For(context)], []), output, cancellationToken);

    /// <inheritdoc />
    public async Task WriteAsync(ClassResult results, TextWriter output, CancellationToken cancellationToken)
    {
        var roles = results.Results.SelectMany(r => r.Roles.Select(role => role.Role)).Distinct().ToList();
        var checks = results.Results.SelectMany(r => r.Checks.Select(c => c.Id)).Distinct().ToList();
        var text = new StringBuilder();
        Row(
            text,
            [
                "submission",
                "score",
                "max_score",
                "passed",
                "robustness",
                "robustness_max",
                .. roles,
                .. checks,
                "graded",
            ]
        );
        foreach (var result in results.Results)
        {
            Row(
                text,
                [
                    result.Submission,
                    Number(result.Score),
                    Number(result.MaxScore),
                    result.Passed ? "yes" : "no",
                    Number(result.RobustnessScore),
                    Number(result.RobustnessMaxScore),
                    .. roles.Select(role =>
                        result.Roles.FirstOrDefault(r => r.Role == role) is { } r ? Number(r.Score) : ""
                    ),
                    .. checks.Select(id =>
                        result.Checks.FirstOrDefault(c => c.Id == id) is { } c ? Number(c.Points) : ""
                    ),
                    "yes",
                ]
            );
        }
        foreach (var ungraded in results.Ungraded)
            Row(
                text,
                [
                    ungraded.Submission,
                    "",
                    "",
                    "",
                    "",
                    "",
                    .. roles.Select(_ => ""),
                    .. checks.Select(_ => ""),
                    $"no: {ungraded.Reason}",
                ]
            );
        await output.WriteAsync(text.ToString().AsMemory(), cancellationToken);
    }

    private static void Row(StringBuilder text, IEnumerable<string> fields)
    {
        text.AppendJoin(',', fields.Select(Quote));
        text.Append("\r\n");
    }

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\r', '\n']) < 0 && field.Trim().Length == field.Length
            ? field
            : $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
