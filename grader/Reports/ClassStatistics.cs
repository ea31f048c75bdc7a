using System.Text.RegularExpressions;
using Grader.Results;

namespace Grader.Reports;

/// <summary>What a whole class got wrong: each check's pass rate and the most common diagnoses.</summary>
public static partial class ClassStatistics
{
    /// <summary>Every check's pass rate, in assignment order.</summary>
    public static IReadOnlyList<CheckPassRate> PassRates(ClassResult results) =>
        results
            .Results.SelectMany(r => r.Checks)
            .GroupBy(c => c.Id)
            .Select(g => new CheckPassRate(
                g.Key,
                g.First().Required ? g.First().Title : $"{g.First().Title} (robustness)",
                g.Count(c => c.Passed),
                g.Count()
            ))
            .ToList();

    /// <summary>
    /// The faults (failed required checks; not skips, which repeat a fault already counted, nor robustness misses)
    /// grouped by check and by diagnosis, most common first, at most <paramref name="count"/> of them.
    /// </summary>
    public static IReadOnlyList<Diagnosis> CommonDiagnoses(ClassResult results, int count)
    {
        var rates = PassRates(results).ToDictionary(r => r.CheckId, r => r.Rate);
        return results
            .Results.SelectMany(r => r.Checks.Where(c => c.IsFault).Select(c => (r.Submission, Check: c)))
            .GroupBy(f => (f.Check.Id, Summary: Summarize(f.Check.Message)))
            .Select(g => new Diagnosis(
                g.Key.Id,
                g.Key.Summary,
                g.Select(f => f.Submission).Distinct().ToList(),
                g.First().Check
            ))
            .OrderByDescending(d => d.Submissions.Count)
            .ThenBy(d => rates[d.CheckId]) // among equally common ones, those of the checks the class failed most first
            .ThenBy(d => d.CheckId, StringComparer.Ordinal)
            .ThenBy(d => d.Summary, StringComparer.Ordinal)
            .Take(count)
            .ToList();
    }

    /// <summary>Buckets for a histogram of scores: <paramref name="buckets"/> equal ranges from 0 to the maximum, each
    /// with its count.</summary>
    public static IReadOnlyList<(int From, int To, int Count)> ScoreHistogram(ClassResult results, int buckets)
    {
        var max = results.Results.Count == 0 ? 0 : results.Results.Max(r => r.MaxScore);
        if (max == 0)
            return [];
        buckets = Math.Min(buckets, max + 1);
        var ranges = Enumerable
            .Range(0, buckets)
            .Select(i =>
                (
                    From: (int)Math.Ceiling((double)i * (max + 1) / buckets),
                    To: (int)Math.Ceiling((double)(i + 1) * (max + 1) / buckets) - 1
                )
            )
            .ToList();
        return ranges
            .Select(b => (b.From, b.To, results.Results.Count(r => r.Score >= b.From && r.Score <= b.To)))
            .ToList();
    }

    /// <summary>The first sentence of a message, with quoted data and numbers blanked, so the same fault reads the same
    /// in every submission.</summary>
    public static string Summarize(string message)
    {
        var first = Quoted().Replace(message.Split('\n', 2)[0], "`…`");
        var end = first.IndexOf(". ", StringComparison.Ordinal);
        if (end > 0)
            first = first[..(end + 1)];
        first = Number().Replace(first, "#").Trim();
        return first.Length <= MaxSummary ? first : first[..MaxSummary] + "…";
    }

    private const int MaxSummary = 200;

    [GeneratedRegex("`[^`]*`")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\d+(\.\d+)?")]
    private static partial Regex Number();
}
