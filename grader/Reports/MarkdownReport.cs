using System.Globalization;
using System.Text;
using Grader.Results;

namespace Grader.Reports;

/// <summary>GitHub-flavoured Markdown, for a job summary or a merge-request note: tables of roles and checks, failures
/// folded under their diagnosis.</summary>
public sealed class MarkdownReport : IReport, IBatchReport
{
    private const int TranscriptLines = 20;
    private const int DiagnosesShown = 10;

    /// <inheritdoc />
    public string Format => "markdown";

    /// <inheritdoc />
    public string BatchFileName => "summary.md";

    /// <inheritdoc />
    public async Task WriteAsync(
        GradeResult result,
        ReportContext context,
        TextWriter output,
        CancellationToken cancellationToken
    )
    {
        result = result.For(context);
        var text = new StringBuilder();
        var verdict = result.Passed ? "✅ all required checks passed" : "❌ some required checks failed";
        text.AppendLine(
            CultureInfo.InvariantCulture,
            $"## {Escape(result.Submission)}: {result.Score}/{result.MaxScore} points, {verdict}"
        );
        text.AppendLine();
        foreach (var notice in context.Notices)
            text.AppendLine(CultureInfo.InvariantCulture, $"> **note:** {Escape(notice)}").AppendLine();

        if (result.Notes.Count > 0)
        {
            text.AppendLine("**The submission's files:**").AppendLine();
            foreach (var note in result.Notes)
                text.AppendLine(CultureInfo.InvariantCulture, $"- {Escape(note)}");
            text.AppendLine();
        }

        text.AppendLine("| role | program | result | points | why this program |")
            .AppendLine("| --- | --- | --- | ---: | --- |");
        foreach (var role in result.Roles)
        {
            var why = string.Join(
                "<br>",
                new[] { ProgramChoice.Why(role), role.AlsoFound }.OfType<string>().Select(Escape)
            );
            text.AppendLine(
                CultureInfo.InvariantCulture,
                $"| {role.Role} | {(role.Program is { } program ? Code(program) : "*missing*")} | {(role.Passed ? "✅ passed" : "❌ failed")} | {role.Score}/{role.MaxScore} | {why} |"
            );
        }
        text.AppendLine();

        text.AppendLine("| check | result | points |").AppendLine("| --- | --- | ---: |");
        foreach (var check in result.Checks.Where(c => c.IsDetailed(context)))
        {
            var title = check.Required ? check.Title : $"{check.Title} (robustness)";
            text.AppendLine(
                CultureInfo.InvariantCulture,
                $"| {Code(check.Id)} {Escape(title)} | {Status(check.Status)} | {check.Points}/{check.MaxPoints} |"
            );
        }
        var hidden = result.Checks.Where(c => !c.IsDetailed(context)).ToList();
        if (hidden.Count > 0)
            text.AppendLine(
                CultureInfo.InvariantCulture,
                $"| {hidden.Count} hidden check{(hidden.Count == 1 ? "" : "s")} | {hidden.Count(c => c.Passed)} passed | {hidden.Sum(c => c.Points)}/{hidden.Sum(c => c.MaxPoints)} |"
            );
        text.AppendLine();

        foreach (var role in result.Roles.Where(r => r.Problem is not null))
            text.AppendLine(CultureInfo.InvariantCulture, $"**❌ {role.Role}:** {Escape(role.Problem!.Split('\n')[0])}")
                .AppendLine();
        foreach (var check in result.Checks.Where(c => c.IsFault && c.IsDetailed(context)))
            Failure(text, check);
        var misses = result.Checks.Where(c => c.IsRobustnessMiss && c.IsDetailed(context)).ToList();
        if (misses.Count > 0)
        {
            text.AppendLine(
                    CultureInfo.InvariantCulture,
                    $"**Robustness** (not required, scored apart): {result.RobustnessScore}/{result.RobustnessMaxScore} points"
                )
                .AppendLine();
            foreach (var check in misses)
                Failure(text, check);
        }
        await output.WriteAsync(text.ToString().AsMemory(), cancellationToken);
    }

    /// <inheritdoc />
    public async Task WriteAsync(ClassResult results, TextWriter output, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        var graded = results.Results;
        var ungradedNote = results.Ungraded.Count > 0 ? $", {results.Ungraded.Count} could not be" : "";
        text.AppendLine(
            CultureInfo.InvariantCulture,
            $"# {Escape(results.Assignment ?? "grades")}: {graded.Count} submissions graded{ungradedNote}"
        );
        text.AppendLine();
        if (graded.Count > 0)
        {
            var scores = graded.Select(r => r.Score).Order().ToList();
            text.AppendLine(
                CultureInfo.InvariantCulture,
                $"{graded.Count(r => r.Passed)} of {graded.Count} passed every required check; median score {Median(scores)}/{graded.Max(r => r.MaxScore)}."
            );
            text.AppendLine();
        }

        text.AppendLine("| submission | score | passed | failed checks |").AppendLine("| --- | ---: | --- | --- |");
        foreach (var result in graded)
        {
            var failed = string.Join(", ", result.Checks.Where(c => c.IsFault).Select(c => Code(c.Id)));
            text.AppendLine(
                CultureInfo.InvariantCulture,
                $"| {Escape(result.Submission)} | {result.Score}/{result.MaxScore} | {(result.Passed ? "✅" : "❌")} | {failed} |"
            );
        }
        foreach (var ungraded in results.Ungraded)
            text.AppendLine(
                CultureInfo.InvariantCulture,
                $"| {Escape(ungraded.Submission)} | – | ⚠️ not graded | {Escape(ungraded.Reason)} |"
            );
        text.AppendLine();

        text.AppendLine("## Pass rate of every check")
            .AppendLine()
            .AppendLine("| check | passed | rate |")
            .AppendLine("| --- | ---: | ---: |");
        foreach (var rate in ClassStatistics.PassRates(results))
            text.AppendLine(
                CultureInfo.InvariantCulture,
                $"| {Code(rate.CheckId)} {Escape(rate.Title)} | {rate.Passed}/{rate.Graded} | {rate.Rate:0%} |"
            );
        text.AppendLine();

        var diagnoses = ClassStatistics.CommonDiagnoses(results, DiagnosesShown);
        if (diagnoses.Count > 0)
        {
            text.AppendLine("## Most common diagnoses").AppendLine();
            foreach (var diagnosis in diagnoses)
                text.AppendLine(
                    CultureInfo.InvariantCulture,
                    $"- **{diagnosis.Submissions.Count}×** {Code(diagnosis.CheckId)}: {Escape(diagnosis.Summary)} ({string.Join(", ", diagnosis.Submissions.Select(Escape))})"
                );
            text.AppendLine();
        }
        await output.WriteAsync(text.ToString().AsMemory(), cancellationToken);
    }

    private static void Failure(StringBuilder text, CheckResult check)
    {
        text.AppendLine(
            CultureInfo.InvariantCulture,
            $"<details><summary>❌ <code>{Html(check.Id)}</code> {Html(check.Title)}</summary>"
        );
        text.AppendLine();
        text.AppendLine(Escape(check.Message)).AppendLine();
        var lines = TranscriptText
            .Lines(check.Transcript, TranscriptLines)
            .Concat(TranscriptText.OutputLines(check.Output))
            .ToList();
        if (lines.Count > 0)
        {
            text.AppendLine("```text");
            foreach (var line in lines)
                text.AppendLine(line.Replace("```", "ˋˋˋ", StringComparison.Ordinal));
            text.AppendLine("```");
        }
        text.AppendLine().AppendLine("</details>").AppendLine();
    }

    private static string Status(CheckStatus status) =>
        status switch
        {
            CheckStatus.Passed => "✅ passed",
            CheckStatus.Failed => "❌ failed",
            _ => "➖ skipped",
        };

    private static string Median(List<int> sorted) =>
        (
            sorted.Count % 2 == 1
                ? sorted[sorted.Count / 2]
                : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2.0
        ).ToString("0.#", CultureInfo.InvariantCulture);

    private static string Code(string text) => $"`{text.Replace("`", "'", StringComparison.Ordinal)}`";

    private static string Html(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>Text from programs and messages, made inert: no tables broken by pipes, no HTML, no line
    /// breaks.</summary>
    private static string Escape(string text) =>
        Html(text)
            .Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("\r", "", StringComparison.Ordinal)
            .Replace("\n", " ", StringComparison.Ordinal);
}
