using System.Globalization;
using System.Text;
using Grader.Reports.Html;
using Grader.Results;
using Grader.Similarity;

namespace Grader.Reports;

/// <summary>
/// One self-contained HTML file (style and charts inline, nothing fetched): per submission the checks and, for each
/// failure, a sequence diagram of the exchange and the program's output; for a class, a histogram of scores, each
/// check's pass rate and the most common diagnoses first.
/// </summary>
public sealed class HtmlReport : IReport, IBatchReport
{
    private const int DiagnosesShown = 8;

    /// <inheritdoc />
    public string Format => "html";

    /// <inheritdoc />
    public string BatchFileName => "report.html";

    /// <inheritdoc />
    public async Task WriteAsync(
        GradeResult result,
        ReportContext context,
        TextWriter output,
        CancellationToken cancellationToken
    )
    {
        result = result.For(context);
        var body = new StringBuilder()
            .Append(
                CultureInfo.InvariantCulture,
                $"<h1>{Svg.Text(result.Submission)}: {result.Score}/{result.MaxScore} points</h1>"
            )
            .Append(
                CultureInfo.InvariantCulture,
                $"<p class=\"lede\"><span class=\"{(result.Passed ? "passed" : "failed")}\">{(result.Passed ? "all required checks passed" : "some required checks failed")}</span> · {Svg.Text(result.Assignment)} · {Svg.Text(result.Sandbox)} sandbox · {result.DurationMs / 1000.0:0.0} s</p>"
            );
        foreach (var notice in context.Notices)
            body.Append(CultureInfo.InvariantCulture, $"<p class=\"sub\">note: {Svg.Text(notice)}</p>");
        var hidden = result.Checks.Count(c => !c.IsDetailed(context));
        if (hidden > 0)
            body.Append(
                CultureInfo.InvariantCulture,
                $"<p class=\"sub\">{hidden} hidden check{(hidden == 1 ? "" : "s")}: {result.Checks.Count(c => !c.IsDetailed(context) && c.Passed)} passed; details are shown to instructors.</p>"
            );
        body.Append(SubmissionSection.Notes(result))
            .Append(SubmissionSection.Checks(result, context))
            .Append(SubmissionSection.Failures(result, context));
        await output.WriteAsync(
            HtmlPage.Wrap($"{result.Submission}: {result.Score}/{result.MaxScore}", body.ToString()).AsMemory(),
            cancellationToken
        );
    }

    /// <inheritdoc />
    public Task WriteAsync(ClassResult results, TextWriter output, CancellationToken cancellationToken) =>
        WriteAsync(results, null, output, cancellationToken);

    /// <summary>A page with the <paramref name="similarity"/> report alone, for a class compared without being
    /// graded (<c>grader similarity</c> into a folder that holds no batch).</summary>
    public static Task WriteAsync(SimilarityReport similarity, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var body = new StringBuilder()
            .Append(
                CultureInfo.InvariantCulture,
                $"<h1>Similarity report: {similarity.Submissions} submissions</h1><p class=\"lede\">{similarity.Pairs.Count} pair{(similarity.Pairs.Count == 1 ? "" : "s")} reported · {similarity.Clusters.Count} cluster{(similarity.Clusters.Count == 1 ? "" : "s")}</p>"
            )
            .Append(SimilaritySection.Of(similarity));
        return output.WriteAsync(HtmlPage.Wrap("Similarity report", body.ToString()).AsMemory(), cancellationToken);
    }

    /// <inheritdoc />
    public async Task WriteAsync(
        ClassResult results,
        SimilarityReport? similarity,
        TextWriter output,
        CancellationToken cancellationToken
    )
    {
        var context = new ReportContext(Instructor: true, []);
        var graded = results.Results;
        var body = new StringBuilder()
            .Append(
                CultureInfo.InvariantCulture,
                $"<h1>{Svg.Text(results.Assignment ?? "Grades")}: {graded.Count} submission{(graded.Count == 1 ? "" : "s")}</h1>"
            )
            .Append(
                CultureInfo.InvariantCulture,
                $"<p class=\"lede\">{graded.Count(r => r.Passed)} passed every required check"
            )
            .Append(
                graded.Count > 0
                    ? string.Create(
                        CultureInfo.InvariantCulture,
                        $" · mean score {graded.Average(r => r.Score):0.0}/{graded.Max(r => r.MaxScore)}"
                    )
                    : ""
            )
            .Append(
                results.Ungraded.Count > 0
                    ? $" · <span class=\"failed\">{results.Ungraded.Count} could not be graded</span>"
                    : ""
            )
            .Append(
                similarity is null
                    ? ""
                    : string.Create(
                        CultureInfo.InvariantCulture,
                        $" · <a href=\"#similarity\">similarity: {similarity.Pairs.Count} pair{(similarity.Pairs.Count == 1 ? "" : "s")} to look at</a>"
                    )
            )
            .Append("</p>");

        // What the class got wrong comes first, beside the scores; the pass rate of every check (a long table) after
        // it.
        body.Append("<div class=\"cards\">")
            .Append("<section class=\"card\"><h2>Scores</h2>")
            .Append(Charts.ScoreHistogram(results))
            .Append("</section>")
            .Append("</div>");

        var diagnoses = ClassStatistics.CommonDiagnoses(results, DiagnosesShown);
        if (diagnoses.Count > 0)
        {
            body.Append("<h2>Most common diagnoses</h2>");
            for (var i = 0; i < diagnoses.Count; i++)
            {
                var diagnosis = diagnoses[i];
                var example = graded.First(r => r.Submission == diagnosis.Submissions[0]);
                body.Append(i == 0 ? "<details class=\"diagnosis\" open>" : "<details class=\"diagnosis\">")
                    .Append(
                        CultureInfo.InvariantCulture,
                        $"<summary><span class=\"count-badge\">{diagnosis.Submissions.Count}×</span><code>{Svg.Text(diagnosis.CheckId)}</code> {Svg.Text(diagnosis.Summary)}</summary>"
                    )
                    .Append(
                        CultureInfo.InvariantCulture,
                        $"<p class=\"sub\">{Svg.Text(string.Join(", ", diagnosis.Submissions))} · example: {Svg.Text(example.Submission)}</p>"
                    )
                    .Append(
                        SubmissionSection.Failure(
                            example,
                            diagnosis.Example,
                            CaptureFiles.ClassFolder(example.Submission)
                        )
                    )
                    .Append("</details>");
            }
        }

        body.Append("<section class=\"card\"><h2>Pass rate of every check</h2>")
            .Append(Charts.PassRates(results))
            .Append("</section>");

        if (similarity is not null)
            body.Append(SimilaritySection.Of(similarity));

        if (results.Ungraded.Count > 0)
        {
            body.Append("<h2>Could not be graded</h2><ul>");
            foreach (var ungraded in results.Ungraded)
                body.Append(
                    CultureInfo.InvariantCulture,
                    $"<li><strong>{Svg.Text(ungraded.Submission)}</strong>: {Svg.Text(ungraded.Reason)}</li>"
                );
            body.Append("</ul>");
        }

        body.Append("<h2>Submissions</h2>");
        foreach (var result in graded)
        {
            var failed = result.Checks.Count(c => c.IsFault);
            body.Append(
                    CultureInfo.InvariantCulture,
                    $"<details class=\"submission\" id=\"{Svg.Text(Anchor(result.Submission))}\"><summary>"
                )
                .Append(
                    CultureInfo.InvariantCulture,
                    $"<span class=\"{(result.Passed ? "passed" : "failed")}\">{(result.Passed ? "✔" : "✘")}</span> {Svg.Text(result.Submission)} — {result.Score}/{result.MaxScore}"
                )
                .Append(
                    failed > 0 ? $" <span class=\"sub\">({failed} failed check{(failed == 1 ? "" : "s")})</span>" : ""
                )
                .Append("</summary>")
                .Append(
                    result.Checks.Any(c => c.Capture is not null)
                        ? $"<p class=\"capture\"><a href=\"{Svg.Text(CaptureLink(result.Submission, CaptureFiles.ZipName))}\" download>every check's capture (zip)</a></p>"
                        : ""
                )
                .Append(SubmissionSection.Notes(result))
                .Append(SubmissionSection.Checks(result, context))
                .Append(
                    SubmissionSection.Failures(
                        result,
                        context with
                        {
                            Captures = CaptureFiles.ClassFolder(result.Submission),
                        }
                    )
                )
                .Append("</details>");
        }
        await output.WriteAsync(
            HtmlPage.Wrap($"{results.Assignment ?? "Grades"}: class report", body.ToString()).AsMemory(),
            cancellationToken
        );
    }

    private static string CaptureLink(string submission, string file) =>
        string.Join('/', CaptureFiles.ClassFolder(submission).Split('/').Append(file).Select(Uri.EscapeDataString));

    private static string Anchor(string name) =>
        "s-" + string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-'));
}
