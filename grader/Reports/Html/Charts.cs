using System.Globalization;
using System.Text;
using Grader.Results;

namespace Grader.Reports.Html;

/// <summary>The class-wide charts of the HTML report, as SVG: a histogram of scores and every check's pass
/// rate.</summary>
internal static class Charts
{
    private const int Buckets = 10;

    /// <summary>A histogram of the class's scores, in <see cref="Buckets"/> ranges from 0 to the maximum.</summary>
    public static string ScoreHistogram(ClassResult results)
    {
        var buckets = ClassStatistics.ScoreHistogram(results, Buckets);
        if (buckets.Count == 0)
            return "<p>No scores to show.</p>";
        const int width = 480,
            height = 260,
            left = 44,
            bottom = 44,
            top = 16,
            right = 12;
        var plotWidth = width - left - right;
        var plotHeight = height - top - bottom;
        var highest = Math.Max(1, buckets.Max(b => b.Count));
        var barWidth = (double)plotWidth / buckets.Count;

        var svg = new StringBuilder();
        svg.Append(
            CultureInfo.InvariantCulture,
            $"<svg id=\"score-histogram\" class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"histogram of scores\">"
        );
        var step = Math.Max(1, (int)Math.Ceiling(highest / 5.0));
        for (var tick = 0; tick <= highest; tick += step)
        {
            var y = top + plotHeight - (double)tick / highest * plotHeight;
            svg.Append(
                    CultureInfo.InvariantCulture,
                    $"<line class=\"grid\" x1=\"{left}\" y1=\"{Svg.N(y)}\" x2=\"{width - right}\" y2=\"{Svg.N(y)}\"/>"
                )
                .Append(
                    CultureInfo.InvariantCulture,
                    $"<text class=\"axis\" x=\"{left - 6}\" y=\"{Svg.N(y + 4)}\" text-anchor=\"end\">{tick}</text>"
                );
        }
        for (var i = 0; i < buckets.Count; i++)
        {
            var (from, to, count) = buckets[i];
            var barHeight = (double)count / highest * plotHeight;
            var x = left + i * barWidth;
            var label = from == to ? $"{from}" : $"{from}–{to}";
            svg.Append(
                    CultureInfo.InvariantCulture,
                    $"<rect class=\"bar\" x=\"{Svg.N(x + 3)}\" y=\"{Svg.N(top + plotHeight - barHeight)}\" width=\"{Svg.N(barWidth - 6)}\" height=\"{Svg.N(barHeight)}\"><title>{label} points: {count} submission{(count == 1 ? "" : "s")}</title></rect>"
                )
                .Append(
                    CultureInfo.InvariantCulture,
                    $"<text class=\"axis\" x=\"{Svg.N(x + barWidth / 2)}\" y=\"{height - bottom + 16}\" text-anchor=\"middle\">{label}</text>"
                );
            if (count > 0)
                svg.Append(
                    CultureInfo.InvariantCulture,
                    $"<text class=\"count\" x=\"{Svg.N(x + barWidth / 2)}\" y=\"{Svg.N(top + plotHeight - barHeight - 4)}\" text-anchor=\"middle\">{count}</text>"
                );
        }
        svg.Append(
                CultureInfo.InvariantCulture,
                $"<line class=\"baseline\" x1=\"{left}\" y1=\"{top + plotHeight}\" x2=\"{width - right}\" y2=\"{top + plotHeight}\"/>"
            )
            .Append(
                CultureInfo.InvariantCulture,
                $"<text class=\"axis\" x=\"{left + plotWidth / 2}\" y=\"{height - 6}\" text-anchor=\"middle\">score (points)</text>"
            )
            .Append("</svg>");
        return svg.ToString();
    }

    /// <summary>One bar per check: the share of the class that passed it.</summary>
    public static string PassRates(ClassResult results)
    {
        var rates = ClassStatistics.PassRates(results);
        var html = new StringBuilder(
            "<table id=\"pass-rates\" class=\"rates\"><thead><tr><th>check</th><th>passed</th><th class=\"rate-col\">pass rate</th></tr></thead><tbody>"
        );
        foreach (var rate in rates)
        {
            var percent = (int)Math.Round(rate.Rate * 100);
            var level =
                rate.Rate >= 0.9 ? "good"
                : rate.Rate >= 0.6 ? "fair"
                : "poor";
            html.Append(
                    CultureInfo.InvariantCulture,
                    $"<tr><td><code>{Svg.Text(rate.CheckId)}</code><div class=\"sub\">{Svg.Text(rate.Title)}</div></td>"
                )
                .Append(CultureInfo.InvariantCulture, $"<td class=\"num\">{rate.Passed}/{rate.Graded}</td>")
                .Append(
                    CultureInfo.InvariantCulture,
                    $"<td><div class=\"meter\"><div class=\"fill {level}\" style=\"width:{percent}%\"></div><span>{percent}%</span></div></td></tr>"
                );
        }
        return html.Append("</tbody></table>").ToString();
    }
}
