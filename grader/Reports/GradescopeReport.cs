using System.Text.Json;
using System.Text.Json.Serialization;
using Grader.Results;
using Grader.Rubric;

namespace Grader.Reports;

/// <summary>
/// The <c>results.json</c> a Gradescope autograder writes: the score, and one test per check with its score, status and
/// output; hidden checks become tests visible once the grades are published. Robustness-only checks are listed for
/// their feedback with no points of their own (their points are named in the output), so the tests' scores add up
/// to the grade, which counts required checks only.
/// </summary>
public sealed class GradescopeReport : IReport
{
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
        var tests = result
            .Checks.Select(check => new Test(
                (check.IsDetailed(context) ? $"{check.Id}: {check.Title}" : $"{check.Id} (hidden)")
                    + (check.Required ? "" : " (robustness)"),
                check.Required ? check.Points : 0,
                check.Required ? check.MaxPoints : 0,
                check.Passed ? "passed" : "failed",
                check.Required
                    ? Output(check, context)
                    : $"robustness {check.Points}/{check.MaxPoints}: {Output(check, context)}",
                check.Visibility == Visibility.Hidden ? "after_published" : "visible"
            ))
            .ToList();
        var summary =
            $"{result.Submission}: {result.Score}/{result.MaxScore} points (robustness {result.RobustnessScore}/{result.RobustnessMaxScore}), "
            + (result.Passed ? "all required checks passed" : "some required checks failed");
        var programs = result
            .Roles.Where(r => r.Program is not null)
            .SelectMany(r =>
                new[]
                {
                    $"{r.Role}: {ProgramChoice.Line(r)}",
                    r.AlsoFound is { } others ? $"  {others}" : null,
                }.OfType<string>()
            );
        var problems = result.Roles.Where(r => r.Problem is not null).Select(r => $"{r.Role}: {r.Problem}");
        var results = new Results(
            result.Score,
            Math.Round(result.DurationMs / 1000.0, 3),
            string.Join(
                '\n',
                context
                    .Notices.Append(summary)
                    .Concat(result.Notes.Select(note => $"files: {note}"))
                    .Concat(programs)
                    .Concat(problems)
            ),
            "visible",
            tests
        );
        await output.WriteLineAsync(JsonSerializer.Serialize(results, Options).AsMemory(), cancellationToken);
    }

    private static string Output(CheckResult check, ReportContext context)
    {
        if (!check.IsDetailed(context) || check.Status == CheckStatus.Passed)
            return check.Message;
        return string.Join(
            '\n',
            new[] { check.Message }
                .Concat(
                    check.Transcript.Count > 0
                        ? ["", "what happened:", .. TranscriptText.Lines(check.Transcript, 20)]
                        : []
                )
                .Concat(TranscriptText.OutputLines(check.Output))
        );
    }

    private sealed record Results(
        int Score,
        double ExecutionTime,
        string Output,
        string Visibility,
        IReadOnlyList<Test> Tests
    );

    private sealed record Test(string Name, int Score, int MaxScore, string Status, string Output, string Visibility);
}
