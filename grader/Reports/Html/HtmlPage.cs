using System.Text;

namespace Grader.Reports.Html;

/// <summary>The shell of every HTML report: one file with its style sheet inline, nothing fetched from the
/// network.</summary>
internal static class HtmlPage
{
    /// <summary>A complete page titled <paramref name="title"/> around <paramref name="body"/>.</summary>
    public static string Wrap(string title, string body) =>
        new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>")
            .Append(Svg.Text(title))
            .Append("</title>\n<style>")
            .Append(Style)
            .Append("</style>\n</head>\n<body>\n")
            .Append(SequenceDiagram.Markers())
            .Append('\n')
            .Append(body)
            .Append("\n</body>\n</html>\n")
            .ToString();

    private const string Style = """

        :root { --ink:#1f2937; --muted:#6b7280; --line:#e5e7eb; --pass:#047857; --fail:#dc2626; --skip:#9ca3af; }
        * { box-sizing: border-box; }
        body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: var(--ink); margin: 0; padding: 24px 32px; background: #f8fafc; }
        h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 17px; margin: 28px 0 10px; } h3 { font-size: 15px; margin: 18px 0 6px; }
        .lede { color: var(--muted); margin: 0 0 18px; }
        .cards { display: flex; gap: 20px; flex-wrap: wrap; align-items: flex-start; }
        .card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 14px 18px; }
        .card h2 { margin-top: 0; }
        table { border-collapse: collapse; background: #fff; }
        th, td { text-align: left; padding: 5px 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
        th { font-weight: 600; color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .03em; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        code, pre { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 12.5px; }
        pre { background: #111827; color: #e5e7eb; padding: 10px 12px; border-radius: 6px; overflow-x: auto; margin: 6px 0; }
        .sub { color: var(--muted); font-size: 12px; }
        ul.notes { color: var(--muted); font-size: 12px; margin: 4px 0 8px; padding-left: 18px; }
        .passed { color: var(--pass); font-weight: 600; } .failed { color: var(--fail); font-weight: 600; } .skipped { color: var(--skip); }
        .role-row td { background: #f1f5f9; font-weight: 600; }
        details { background: #fff; border: 1px solid var(--line); border-radius: 8px; margin: 8px 0; padding: 8px 14px; }
        details > summary { cursor: pointer; font-weight: 600; }
        .failure { border-left: 4px solid var(--fail); padding: 4px 0 4px 14px; margin: 14px 0; }
        .failure .message { margin: 4px 0 8px; }
        .diagram { overflow-x: auto; background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 6px; margin: 6px 0; }
        .picture { border-left: 4px solid var(--line); padding: 4px 0 4px 14px; margin: 14px 0; }
        .screenshot { margin: 6px 0; } .screenshot img { max-width: 100%; border: 1px solid var(--line); border-radius: 6px; } .screenshot figcaption { color: var(--sub, #666); font-size: 0.9em; }
        .rates .rate-col { width: 160px; } .rates td:first-child { max-width: 380px; }
        .meter { position: relative; height: 18px; background: #eef2f7; border-radius: 4px; width: 150px; }
        .meter .fill { height: 100%; border-radius: 4px; }
        .meter .good { background: #34d399; } .meter .fair { background: #fbbf24; } .meter .poor { background: #f87171; }
        .meter span { position: absolute; left: 6px; top: 0; font-size: 12px; line-height: 18px; }
        .diagnoses li { margin: 6px 0; } .count-badge { display: inline-block; min-width: 28px; text-align: center; background: #fee2e2; color: #991b1b; border-radius: 10px; padding: 0 6px; font-weight: 700; margin-right: 6px; }
        svg.defs { position: absolute; }
        svg text { font: 12px system-ui, "DejaVu Sans", sans-serif; fill: var(--ink); }
        svg .axis { fill: var(--muted); font-size: 11px; } svg .count { font-weight: 700; }
        svg .grid { stroke: #eef2f7; } svg .baseline { stroke: #9ca3af; }
        svg .bar { fill: #4f46e5; }
        svg .lifeline-probe rect { fill: #dbeafe; stroke: #1d4ed8; } svg .lifeline-program rect { fill: #fde68a; stroke: #b45309; }
        svg .lifeline-probe line, svg .lifeline-program line { stroke: #9ca3af; stroke-dasharray: 4 4; }
        svg .who { font-weight: 700; } svg .kind { fill: var(--muted); font-size: 11px; } svg .time { fill: var(--muted); font-size: 11px; }
        svg .msg line { stroke-width: 2; }
        svg .sent line { stroke: #1d4ed8; } svg .sent text { fill: #1d4ed8; font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
        svg .received line { stroke: #047857; } svg .received text { fill: #047857; font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
        svg .control line { stroke: #6b7280; stroke-dasharray: 6 4; } svg .control text { fill: #6b7280; }
        svg .closed line { stroke: #b45309; stroke-dasharray: 6 4; } svg .closed text { fill: #b45309; }
        svg .fault line { stroke: #dc2626; } svg .fault text { fill: #dc2626; font-weight: 700; }
        svg .cross { stroke: #dc2626; stroke-width: 3; }
        svg .timeout circle { fill: #fee2e2; stroke: #dc2626; stroke-width: 2; } svg .timeout path { stroke: #dc2626; stroke-width: 2; fill: none; }
        svg .timeout text { fill: #dc2626; font-weight: 700; }
        svg .note rect { fill: #fefce8; stroke: #eab308; } svg .note text { fill: #713f12; font-style: italic; }
        svg .more { fill: var(--muted); }
        """;
}
