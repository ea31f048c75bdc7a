using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Grader.Results;
using Grader.Rubric;

namespace Grader.Reports;

/// <summary>
/// The <c>results.json</c> a Gradescope autograder writes, in the fields Gradescope's autograder specification names:
/// the score, the run's time, a Markdown summary, and one test per check (numbered role by role, tagged with its role and
/// whether it is required) with its score, status and Markdown output; hidden checks become tests visible once the
/// grades are published, and the autograder's own standard output stays hidden from students. Robustness-only checks
/// are listed for their feedback with no points of their own (their points are named in the output), so the tests'
/// scores add up to the grade, which counts required checks only.
/// </summary>
public sealed class GradescopeReport : IReport
{
    /// <summary>The output format of the summary and of every test's output: Markdown.</summary>
    public const string OutputFormat = "md";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <inheritdoc />
    public string Format => "gradescope";

    /// <inheritdoc />
    public async Task WriteAsync(
        GradeResult result,
        ReportContext context,
        TextWriter output,
        CancellationToken cancellationToken
    )
    {
        result = result.For(context);
        var roles = result.Checks.Select(check => check.Role).Distinct().ToList();
        var tests = result
            .Checks.GroupBy(check => check.Role)
            .SelectMany(role =>
                role.Select(
                    (check, index) =>
                        new Test(
                            (check.IsDetailed(context) ? $"{check.Id}: {check.Title}" : $"{check.Id} (hidden)")
                                + (check.Required ? "" : " (robustness)"),
                            string.Create(CultureInfo.InvariantCulture, $"{roles.IndexOf(role.Key) + 1}.{index + 1}"),
                            check.Required ? check.Points : 0,
                            check.Required ? check.MaxPoints : 0,
                            check.Passed ? "passed" : "failed",
                            check.Required
                                ? Output(check, context)
                                : $"robustness {check.Points}/{check.MaxPoints}: {Output(check, context)}",
                            OutputFormat,
                            check.Visibility == Visibility.Hidden ? "after_published" : "visible",
                            [check.Role, check.Required ? "required" : "robustness"]
                        )
                )
            )
            .ToList();
        var summary =
            $"**{Escape(result.Submission)}: {result.Score}/{result.MaxScore} points** (robustness {result.RobustnessScore}/{result.RobustnessMaxScore}), "
            + (result.Passed ? "all required checks passed" : "some required checks failed");
        var programs = result
            .Roles.Where(r => r.Program is not null)
            .SelectMany(r =>
                new[]
                {
                    $"- {r.Role}: {Escape(ProgramChoice.Line(r))}",
                    r.AlsoFound is { } others ? $"  - {Escape(others)}" : null,
                }.OfType<string>()
            );
        var problems = result.Roles.Where(r => r.Problem is not null).Select(r => $"- {r.Role}: {Escape(r.Problem!)}");
        var files = result.Notes.Select(note => $"- files: {Escape(note)}");
        var paragraphs = context
            .Notices.Select(Escape)
            .Append(summary)
            .Append(string.Join('\n', files.Concat(programs).Concat(problems)))
            .Where(paragraph => paragraph.Length > 0);
        var results = new Results(
            result.Score,
            Math.Round(result.DurationMs / 1000.0, 3),
            string.Join("\n\n", paragraphs),
            OutputFormat,
            "visible",
            // What the autograder prints is the instructor's log: it may name hidden checks.
            "hidden",
            tests
        );
        await output.WriteLineAsync(JsonSerializer.Serialize(results, Options).AsMemory(), cancellationToken);
    }

    /// <summary>A check's output in Markdown: its message, then what happened and the program's output in a block
    /// of plain text, for a failure a student may see in detail.</summary>
    private static string Output(CheckResult check, ReportContext context)
    {
        if (!check.IsDetailed(context) || check.Status == CheckStatus.Passed)
            return Escape(check.Message);
        IEnumerable<string> happened =
            check.Transcript.Count > 0 ? ["what happened:", .. TranscriptText.Lines(check.Transcript, 20)] : [];
        var lines = happened
            .Concat(TranscriptText.OutputLines(check.Output))
            .Select(line => line.Replace("```", "ˋˋˋ", StringComparison.Ordinal))
            .ToList();
        return lines.Count == 0
            ? Escape(check.Message)
            : string.Join('\n', [Escape(check.Message), "", "```text", .. lines, "```"]);
    }

    // Markdown passes HTML through: a student's text shows as text, never as markup.
    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    private sealed record Results(
        int Score,
        double ExecutionTime,
        string Output,
        string OutputFormat,
        string Visibility,
        string StdoutVisibility,
        IReadOnlyList<Test> Tests
    );

    private sealed record Test(
        string Name,
        string Number,
        int Score,
        int MaxScore,
        string Status,
        string Output,
        string OutputFormat,
        string Visibility,
        IReadOnlyList<string> Tags
    );
}
