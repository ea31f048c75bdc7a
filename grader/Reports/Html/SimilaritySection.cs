using System.Globalization;
using System.Text;
using Grader.Similarity;

namespace Grader.Reports.Html;

/// <summary>
/// The similarity section of a class report: what was compared and subtracted, the clusters, the pairs ranked, and for
/// the first pairs their programs side by side, the lines that match each other in the same colour.
/// </summary>
internal static class SimilaritySection
{
    /// <summary>How many pairs are shown side by side; the table lists them all.</summary>
    private const int PairsShown = 25;

    /// <summary>How many pairs the first table lists; the others are folded below it.</summary>
    private const int TableRows = 10;

    /// <summary>How many colours tell matched regions apart.</summary>
    private const int Colours = 6;

    // Its own style, so the other reports' pages and their snapshots stay as they are.
    private const string Style = """
        <style>
        .similarity .meter .fill { background: #a78bfa; } .similarity td.names { white-space: nowrap; }
        .side-by-side { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; margin: 6px 0 14px; }
        .side-by-side .code { background: #fff; border: 1px solid var(--line); border-radius: 6px; overflow-x: auto; font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 12px; }
        .side-by-side .file { padding: 4px 8px; border-bottom: 1px solid var(--line); color: var(--muted); font-weight: 600; }
        .side-by-side .line { white-space: pre; padding: 0 8px; min-height: 16px; line-height: 16px; }
        .side-by-side .ln { display: inline-block; width: 32px; color: #9ca3af; user-select: none; }
        .side-by-side .r0 { background: #fecaca; } .side-by-side .r1 { background: #bfdbfe; } .side-by-side .r2 { background: #bbf7d0; }
        .side-by-side .r3 { background: #fde68a; } .side-by-side .r4 { background: #e9d5ff; } .side-by-side .r5 { background: #fed7aa; }
        .verdict-note { border-left: 4px solid #a78bfa; padding: 4px 0 4px 12px; }
        </style>
        """;

    /// <summary>The section for <paramref name="report"/>.</summary>
    public static string Of(SimilarityReport report)
    {
        var html = new StringBuilder(Style)
            .Append("<h2 id=\"similarity\">Similarity</h2>")
            .Append(
                CultureInfo.InvariantCulture,
                $"<p class=\"verdict-note\">{Svg.Text(SimilarityReport.NotAVerdict)}</p>"
            )
            .Append(CultureInfo.InvariantCulture, $"<p class=\"sub\">{Svg.Text(What(report))}</p>");
        if (report.Pairs.Count == 0)
            return html.Append("<p>No two submissions share code beyond the base and the common.</p>").ToString();

        if (report.Clusters.Count > 0)
        {
            html.Append("<h3>Clusters of three or more</h3><ul class=\"clusters\">");
            foreach (var cluster in report.Clusters)
                html.Append(
                    CultureInfo.InvariantCulture,
                    $"<li><strong>{cluster.Submissions.Count} submissions</strong>, {cluster.Pairs} reported pairs: {Svg.Text(string.Join(", ", cluster.Submissions))}</li>"
                );
            html.Append("</ul>");
        }

        html.Append("<h3>Pairs, the most similar first</h3>").Append(Table(report.Pairs, 0, TableRows));
        if (report.Pairs.Count > TableRows)
            html.Append(
                    CultureInfo.InvariantCulture,
                    $"<details><summary>The other {report.Pairs.Count - TableRows} pairs</summary>"
                )
                .Append(Table(report.Pairs, TableRows, report.Pairs.Count - TableRows))
                .Append("</details>");

        html.Append("<h3>Side by side</h3>");
        for (var i = 0; i < Math.Min(PairsShown, report.Pairs.Count); i++)
            html.Append(SideBySide(report.Pairs[i], i + 1));
        if (report.Pairs.Count > PairsShown)
            html.Append(
                CultureInfo.InvariantCulture,
                $"<p class=\"sub\">The other {report.Pairs.Count - PairsShown} pairs are in similarity.csv, with their matched lines.</p>"
            );
        return html.ToString();
    }

    private static string Table(IReadOnlyList<SimilarPair> pairs, int from, int count)
    {
        var html = new StringBuilder(
            "<table class=\"similarity\"><tr><th class=\"num\">#</th><th>submissions</th><th>score</th><th>programs (share of each file's own code that matches the other's)</th></tr>"
        );
        for (var i = from; i < Math.Min(pairs.Count, from + count); i++)
        {
            var pair = pairs[i];
            var name = $"{Svg.Text(pair.First)} ↔ {Svg.Text(pair.Second)}";
            html.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"num\">{i + 1}</td>")
                .Append(
                    i < PairsShown
                        ? $"<td class=\"names\"><a href=\"#pair-{i + 1}\">{name}</a></td>"
                        : $"<td class=\"names\">{name}</td>"
                )
                .Append(
                    CultureInfo.InvariantCulture,
                    $"<td><div class=\"meter\"><div class=\"fill\" style=\"width:{Svg.N(pair.Score * 100)}%\"></div><span>{pair.Score:0%}</span></div></td>"
                )
                .Append("<td>")
                .AppendJoin(
                    " · ",
                    pair.Programs.Select(p =>
                        string.Create(
                            CultureInfo.InvariantCulture,
                            $"<code>{Svg.Text(p.Program)}</code> {p.First.Share:0%} / {p.Second.Share:0%}"
                        )
                    )
                )
                .Append("</td></tr>");
        }
        return html.Append("</table>").ToString();
    }

    private static string What(SimilarityReport report) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{report.Submissions} submissions and {report.Files} source files compared, each role's program against the same role's in every other submission; "
        )
        + (
            report.BaseFiles.Count > 0
                ? $"base code subtracted: {string.Join(", ", report.BaseFiles)}; "
                : "no base code; "
        )
        + string.Create(
            CultureInfo.InvariantCulture,
            $"code in more than {report.CommonShare:0%} of the submissions counts as common, and code in many counts for less; a pair of submissions is reported when its programs' matches cover {report.Threshold:0%} of the two submissions' own code (the score)."
        );

    private static string SideBySide(SimilarPair pair, int number)
    {
        var html = new StringBuilder().Append(
            CultureInfo.InvariantCulture,
            $"<details class=\"pair\" id=\"pair-{number}\"{(number == 1 ? " open" : "")}><summary>#{number} {Svg.Text(pair.First)} ↔ {Svg.Text(pair.Second)} — {pair.Score:0%}</summary>"
        );
        foreach (var program in pair.Programs)
            html.Append(
                    CultureInfo.InvariantCulture,
                    $"<p class=\"sub\"><code>{Svg.Text(program.Program)}</code>: {program.Shared} fingerprints shared</p>"
                )
                .Append("<div class=\"side-by-side\">")
                .Append(Code(program.First))
                .Append(Code(program.Second))
                .Append("</div>");
        return html.Append("</details>").ToString();
    }

    private static string Code(MatchedFile file)
    {
        var html = new StringBuilder().Append(
            CultureInfo.InvariantCulture,
            $"<div class=\"code\"><div class=\"file\">{Svg.Text(file.Submission)}/{Svg.Text(file.Path)} · {file.Share:0%} matches</div>"
        );
        var lines = file.Text.Replace("\r", "", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var number = i + 1;
            var region = file.Lines.FirstOrDefault(l => l.First <= number && number <= l.Last);
            html.Append(region is null ? "<div class=\"line\">" : $"<div class=\"line r{region.Region % Colours}\">")
                .Append(CultureInfo.InvariantCulture, $"<span class=\"ln\">{number}</span>")
                .Append(Svg.Text(lines[i]))
                .Append("</div>");
        }
        return html.Append("</div>").ToString();
    }
}
