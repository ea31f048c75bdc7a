using System.Globalization;
using System.Text;
using Grader.Results;

namespace Grader.Reports.Html;

/// <summary>One submission in HTML: its roles and checks, then each failure with its diagnosis, a sequence diagram and
/// the program's output.</summary>
internal static class SubmissionSection
{
    /// <summary>The table of roles and the checks under each, as <paramref name="context"/>'s reader may see
    /// them.</summary>
    public static string Checks(GradeResult result, ReportContext context)
    {
        var html = new StringBuilder(
            "<table class=\"checks\"><thead><tr><th>role / check</th><th>result</th><th class=\"num\">points</th></tr></thead><tbody>"
        );
        foreach (var role in result.Roles)
        {
            html.Append(
                    CultureInfo.InvariantCulture,
                    $"<tr class=\"role-row\"><td>{Svg.Text(role.Role)} <span class=\"sub\">{Svg.Text(role.Program ?? "missing")}</span>"
                )
                .Append(ProgramChoice.Why(role) is { } why ? $" <span class=\"sub why\">— {Prose(why)}</span>" : "")
                .Append(role.AlsoFound is { } others ? $"<div class=\"sub also\">{Prose(others)}</div>" : "")
                .Append("</td>")
                .Append(
                    CultureInfo.InvariantCulture,
                    $"<td class=\"{(role.Passed ? "passed" : "failed")}\">{(role.Passed ? "✔ passed" : "✘ failed")}</td><td class=\"num\">{role.Score}/{role.MaxScore}</td></tr>"
                );
            foreach (var check in result.Checks.Where(c => c.Role == role.Role))
            {
                var title = check.IsDetailed(context)
                    ? (check.Required ? check.Title : $"{check.Title} (robustness)")
                    : "hidden check";
                html.Append(
                        CultureInfo.InvariantCulture,
                        $"<tr><td><code>{Svg.Text(check.Id)}</code> {Svg.Text(title)}</td>"
                    )
                    .Append(
                        CultureInfo.InvariantCulture,
                        $"<td class=\"{Status(check.Status)}\">{Symbol(check.Status)} {Status(check.Status)}</td><td class=\"num\">{check.Points}/{check.MaxPoints}</td></tr>"
                    );
            }
        }
        return html.Append("</tbody></table>").ToString();
    }

    /// <summary>What was done with the submission's files before grading (unpacked, left out), as a list; "" when
    /// nothing was.</summary>
    public static string Notes(GradeResult result) =>
        result.Notes.Count == 0
            ? ""
            : $"<ul class=\"notes\">{string.Concat(result.Notes.Select(note => $"<li>{Prose(note)}</li>"))}</ul>";

    /// <summary>Why roles could not be checked, and every failed check in detail.</summary>
    public static string Failures(GradeResult result, ReportContext context)
    {
        var html = new StringBuilder();
        foreach (var role in result.Roles.Where(r => r.Problem is not null))
            html.Append(
                CultureInfo.InvariantCulture,
                $"<div class=\"failure\"><h3>✘ {Svg.Text(role.Role)}</h3><pre>{Svg.Text(role.Problem!)}</pre></div>"
            );
        foreach (var check in result.Checks.Where(c => c.IsFault && c.IsDetailed(context)))
            html.Append(Failure(result, check, context.Captures));
        foreach (var check in result.Checks.Where(c => c.IsRobustnessMiss && c.IsDetailed(context)))
            html.Append(Failure(result, check, context.Captures));
        // A picture a passed check took (a browser's screenshot) is shown too; a failed check's is in its failure.
        foreach (
            var check in result.Checks.Where(c =>
                c.Image is not null && !c.IsFault && !c.IsRobustnessMiss && c.IsDetailed(context)
            )
        )
            html.Append(
                    CultureInfo.InvariantCulture,
                    $"<div class=\"picture\"><h3><code>{Svg.Text(check.Id)}</code> {Svg.Text(check.Title)}</h3>"
                )
                .Append(Picture(check.Image!))
                .Append("</div>");
        return html.ToString();
    }

    /// <summary>One failed check: what was expected and what happened, the exchange as a sequence diagram, and the
    /// program's output; with a link to its capture where <paramref name="captures"/> (the folder of the result's
    /// captures, relative to the page) holds one.</summary>
    public static string Failure(GradeResult result, CheckResult check, string? captures = null)
    {
        var program = result.Roles.FirstOrDefault(r => r.Role == check.Role)?.Program ?? check.Role;
        var html = new StringBuilder("<div class=\"failure\">")
            .Append(
                CultureInfo.InvariantCulture,
                $"<h3>✘ <code>{Svg.Text(check.Id)}</code> {Svg.Text(check.Title)}{(check.Required ? "" : " <span class=\"sub\">(robustness, not required)</span>")}</h3>"
            )
            .Append(CultureInfo.InvariantCulture, $"<p class=\"message\">{Svg.Text(check.Message)}</p>");
        if (check.Image is { } image)
            html.Append(Picture(image));
        if (captures is not null && check.Capture is { } capture)
            html.Append(
                CultureInfo.InvariantCulture,
                $"<p class=\"capture\"><a href=\"{Svg.Text(CaptureLink(captures, capture))}\" download>open in Wireshark</a> <span class=\"sub\">{Svg.Text(capture)}: the packets of this check, as captured on its network{(check.CaptureNote is { } note ? $" ({note})" : "")}</span></p>"
            );
        var diagram = SequenceDiagram.Draw(check.Transcript, Path.GetFileName(program), check.Role);
        if (diagram.Length > 0)
            html.Append("<div class=\"diagram\">").Append(diagram).Append("</div>");
        foreach (var (name, text) in TranscriptText.Streams(check.Output))
        {
            html.Append(
                    CultureInfo.InvariantCulture,
                    $"<div class=\"sub\">program's {name}{(check.Output!.Truncated ? " (cut at the limit)" : "")}:</div>"
                )
                .Append(
                    CultureInfo.InvariantCulture,
                    $"<pre>{Svg.Text(string.Join('\n', TranscriptText.LastLines(text, 20)))}</pre>"
                );
        }
        return html.Append("</div>").ToString();
    }

    private static string CaptureLink(string folder, string file) =>
        string.Join('/', folder.Split('/', '\\').Where(p => p.Length > 0).Append(file).Select(Uri.EscapeDataString));

    /// <summary>A check's picture, inline (the page stays one file), with its caption.</summary>
    public static string Picture(CheckImage image) =>
        $"<figure class=\"screenshot\"><img alt=\"{Svg.Text(image.Caption)}\" src=\"data:image/png;base64,{Convert.ToBase64String(image.Png)}\"><figcaption>{Svg.Text(image.Caption)}</figcaption></figure>";

    /// <summary>Text with <c>`code`</c> spans, as HTML: escaped, and the spans set in <c>&lt;code&gt;</c>.</summary>
    private static string Prose(string text)
    {
        var parts = text.Split('`');
        // Odd parts were between backticks; an unmatched backtick leaves the last part as plain text.
        return string.Concat(
            parts.Select(
                (part, i) =>
                    i % 2 == 1 && i < parts.Length - 1
                        ? $"<code>{Svg.Text(part)}</code>"
                        : (i % 2 == 1 ? "`" : "") + Svg.Text(part)
            )
        );
    }

    private static string Status(CheckStatus status) =>
        status switch
        {
            CheckStatus.Passed => "passed",
            CheckStatus.Failed => "failed",
            _ => "skipped",
        };

    private static string Symbol(CheckStatus status) =>
        status switch
        {
            CheckStatus.Passed => "✔",
            CheckStatus.Failed => "✘",
            _ => "–",
        };
}
