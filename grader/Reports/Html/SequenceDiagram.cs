using System.Globalization;
using System.Text;
using Grader.Results;

namespace Grader.Reports.Html;

/// <summary>
/// A sequence diagram (SVG) of a check's exchange, drawn from its transcript: the grader's probes on the left, one
/// lifeline each, the program on the right; what a probe sent points right, what the program sent points left;
/// connects, closes, resets, refusals and timeouts are marked, and the grader's notes span the diagram.
/// </summary>
internal static class SequenceDiagram
{
    private const int MaxEvents = 40;
    private const int Row = 34;
    private const int Top = 64;
    private const int TimeColumn = 78;
    private const int ProbeSpacing = 120;
    private const int MessageSpan = 430;
    private const int LabelChars = 52;

    /// <summary>The SVG element for <paramref name="program"/> playing <paramref name="role"/>, or an empty string when
    /// the transcript is empty.</summary>
    public static string Draw(IReadOnlyList<TranscriptEntry> transcript, string program, string role)
    {
        if (transcript.Count == 0)
            return "";
        var events = transcript.Take(MaxEvents).ToList();
        var probes = events.Where(e => !IsGrader(e)).Select(e => e.Peer).Distinct().ToList();
        if (probes.Count == 0)
            probes.Add("probe");
        var probeX = probes.Select((_, i) => TimeColumn + 70 + i * ProbeSpacing).ToList();
        var programX = probeX[^1] + MessageSpan;
        var width = programX + 110;
        var height = Top + events.Count * Row + (transcript.Count > MaxEvents ? Row : 10);

        var svg = new StringBuilder();
        svg.Append(
            CultureInfo.InvariantCulture,
            $"<svg class=\"sequence\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"sequence diagram of the exchange\">"
        );

        for (var i = 0; i < probes.Count; i++)
            Lifeline(svg, probeX[i], probes[i], "probe", "lifeline-probe", height);
        Lifeline(svg, programX, program, $"program · {role}", "lifeline-program", height);

        for (var i = 0; i < events.Count; i++)
        {
            var entry = events[i];
            var y = Top + i * Row + Row / 2;
            svg.Append(
                CultureInfo.InvariantCulture,
                $"<text class=\"time\" x=\"{TimeColumn - 8}\" y=\"{y + 4}\" text-anchor=\"end\">{entry.AtMs.ToString("0.0", CultureInfo.InvariantCulture)} ms</text>"
            );
            if (IsGrader(entry))
            {
                Note(svg, y, probeX[0] - 50, programX + 50, entry.Data ?? "");
                continue;
            }
            var x = probeX[probes.IndexOf(entry.Peer)];
            Event(svg, entry, x, programX, y);
        }
        if (transcript.Count > MaxEvents)
            svg.Append(
                CultureInfo.InvariantCulture,
                $"<text class=\"more\" x=\"{TimeColumn}\" y=\"{height - 12}\">… {transcript.Count - MaxEvents} more events in the JSON result</text>"
            );
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>The arrowheads every diagram on a page shares: put once in the page, before any diagram.</summary>
    public static string Markers()
    {
        var svg = new StringBuilder("<svg class=\"defs\" width=\"0\" height=\"0\" aria-hidden=\"true\"><defs>");
        foreach (var (kind, colour) in Colours)
            svg.Append(
                CultureInfo.InvariantCulture,
                $"<marker id=\"arrow-{kind}\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"{colour}\"/></marker>"
            );
        return svg.Append("</defs></svg>").ToString();
    }

    /// <summary>The colour of each kind of arrow; the page's style sheet uses the same.</summary>
    public static IReadOnlyList<(string Kind, string Colour)> Colours { get; } =
    [("sent", "#1d4ed8"), ("received", "#047857"), ("control", "#6b7280"), ("closed", "#b45309"), ("fault", "#dc2626")];

    private static bool IsGrader(TranscriptEntry entry) =>
        entry.Event == TranscriptEvent.Note || entry.Peer == "grader";

    private static void Lifeline(StringBuilder svg, int x, string name, string kind, string cssClass, int height)
    {
        var boxWidth = Math.Max(96, name.Length * 7 + 20);
        svg.Append(CultureInfo.InvariantCulture, $"<g class=\"{cssClass}\">")
            .Append(CultureInfo.InvariantCulture, $"<line x1=\"{x}\" y1=\"48\" x2=\"{x}\" y2=\"{height - 4}\"/>")
            .Append(
                CultureInfo.InvariantCulture,
                $"<rect x=\"{x - boxWidth / 2}\" y=\"8\" width=\"{boxWidth}\" height=\"40\" rx=\"6\"/>"
            )
            .Append(
                CultureInfo.InvariantCulture,
                $"<text x=\"{x}\" y=\"25\" text-anchor=\"middle\" class=\"who\">{Svg.Text(Svg.Cut(name, 36))}</text>"
            )
            .Append(
                CultureInfo.InvariantCulture,
                $"<text x=\"{x}\" y=\"40\" text-anchor=\"middle\" class=\"kind\">{kind}</text>"
            )
            .Append("</g>");
    }

    private static void Event(StringBuilder svg, TranscriptEntry entry, int probeX, int programX, int y)
    {
        var data = entry.Data is null ? "" : Svg.Cut(entry.Data, LabelChars);
        switch (entry.Event)
        {
            case TranscriptEvent.Sent:
                Arrow(svg, probeX, programX, y, "sent", $"{data}  ({entry.Bytes} B)");
                break;
            case TranscriptEvent.Received:
                Arrow(svg, programX, probeX, y, "received", $"{data}  ({entry.Bytes} B)");
                break;
            case TranscriptEvent.Connected:
                Arrow(svg, probeX, programX, y, "control", "connect");
                break;
            case TranscriptEvent.Accepted:
                Arrow(svg, programX, probeX, y, "control", "connect");
                break;
            case TranscriptEvent.Closed:
                Arrow(svg, probeX, programX, y, "control", data.Length > 0 ? $"close ({data})" : "close (FIN)");
                break;
            case TranscriptEvent.ClosedByProgram:
                Arrow(svg, programX, probeX, y, "closed", "close (FIN)");
                break;
            case TranscriptEvent.Reset:
                Arrow(svg, probeX, programX, y, "fault", "reset (RST)");
                break;
            case TranscriptEvent.ResetByProgram:
                Arrow(svg, programX, probeX, y, "fault", "reset (RST)");
                break;
            case TranscriptEvent.Refused:
                Arrow(svg, probeX, programX, y, "fault", data.Length > 0 ? $"refused: {data}" : "connection refused");
                svg.Append(
                    CultureInfo.InvariantCulture,
                    $"<path class=\"cross\" d=\"M{programX - 16},{y - 6} l12,12 m0,-12 l-12,12\"/>"
                );
                break;
            case TranscriptEvent.TimedOut:
                svg.Append(
                        CultureInfo.InvariantCulture,
                        $"<g class=\"timeout\"><circle cx=\"{probeX}\" cy=\"{y}\" r=\"8\"/><path d=\"M{probeX},{y - 5} v5 h4\"/>"
                    )
                    .Append(
                        CultureInfo.InvariantCulture,
                        $"<text x=\"{probeX + 14}\" y=\"{y + 4}\">timed out: {Svg.Text(data)}</text></g>"
                    );
                break;
        }
    }

    private static void Arrow(StringBuilder svg, int fromX, int toX, int y, string cssClass, string label)
    {
        var left = Math.Min(fromX, toX);
        var right = Math.Max(fromX, toX);
        svg.Append(CultureInfo.InvariantCulture, $"<g class=\"msg {cssClass}\">")
            .Append(
                CultureInfo.InvariantCulture,
                $"<line x1=\"{fromX}\" y1=\"{y + 6}\" x2=\"{toX}\" y2=\"{y + 6}\" marker-end=\"url(#arrow-{cssClass})\"/>"
            )
            .Append(
                CultureInfo.InvariantCulture,
                $"<text x=\"{(left + right) / 2}\" y=\"{y}\" text-anchor=\"middle\">{Svg.Text(label)}</text>"
            )
            .Append("</g>");
    }

    private static void Note(StringBuilder svg, int y, int left, int right, string text)
    {
        svg.Append(
                CultureInfo.InvariantCulture,
                $"<g class=\"note\"><rect x=\"{left}\" y=\"{y - 11}\" width=\"{right - left}\" height=\"22\" rx=\"3\"/>"
            )
            .Append(
                CultureInfo.InvariantCulture,
                $"<text x=\"{left + 8}\" y=\"{y + 4}\">grader: {Svg.Text(Svg.Cut(text, 110))}</text></g>"
            );
    }
}
