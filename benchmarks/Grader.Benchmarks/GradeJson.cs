using System.Text.Json;
using System.Text.RegularExpressions;

namespace Grader.Benchmarks;

/// <summary>What the benchmark reads from the grader's JSON result (<c>grade --format json</c>).</summary>
internal static partial class GradeJson
{
    /// <summary>The grading time the grader reports for itself (<c>durationMs</c>), without its own start-up and
    /// exit.</summary>
    public static TimeSpan? Duration(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            return doc.RootElement.TryGetProperty("durationMs", out var ms)
                ? TimeSpan.FromMilliseconds(ms.GetDouble())
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// The deadlines the grading waited out: every check not passed whose diagnosis says it waited "within N s" or
    /// "stopped after N s" (a delay the check itself makes, "replied after 1.5 s", is not a deadline), or whose
    /// transcript shows a probe that timed out.
    /// </summary>
    public static IReadOnlyList<DeadlineHit> Deadlines(string json)
    {
        var hits = new List<DeadlineHit>();
        using var doc = JsonDocument.Parse(json);
        foreach (var check in doc.RootElement.GetProperty("checks").EnumerateArray())
        {
            if (check.GetProperty("status").GetString() == "passed")
                continue;
            var texts = new List<string> { check.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "" };
            if (check.TryGetProperty("transcript", out var transcript) && transcript.ValueKind == JsonValueKind.Array)
            {
                texts.AddRange(
                    transcript
                        .EnumerateArray()
                        .Where(e => e.GetProperty("event").GetString() == "timedOut")
                        .Select(e => e.TryGetProperty("data", out var d) ? d.GetString() ?? "" : "")
                );
            }
            var match = texts.Select(t => WaitedFor().Match(t)).FirstOrDefault(x => x.Success);
            if (match is null)
                continue;
            hits.Add(
                new DeadlineHit(
                    check.GetProperty("id").GetString()!,
                    check.GetProperty("required").GetBoolean(),
                    double.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)
                )
            );
        }
        return hits;
    }

    [GeneratedRegex(@"(?:within|stopped after) (\d+(?:\.\d+)?) s\b")]
    private static partial Regex WaitedFor();
}
