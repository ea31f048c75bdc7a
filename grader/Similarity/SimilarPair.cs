using System.Text.Json.Serialization;

namespace Grader.Similarity;

/// <summary>Two submissions with at least one pair of programs above the threshold.</summary>
/// <param name="First">The first submission (in name order).</param>
/// <param name="Second">The second.</param>
/// <param name="Score">What the pair is ranked by: the share of both submissions' own code (every program's
/// fingerprints beyond the base and the common) that the matched programs cover, from 0 to 1. A copy scores high; two
/// students who each wrote the same two-line idiom into otherwise different programs do not.</param>
/// <param name="Programs">Their matched programs, the most similar first.</param>
public sealed record SimilarPair(string First, string Second, double Score, IReadOnlyList<ProgramMatch> Programs)
{
    /// <summary>Every matched line of both sides, which breaks ties between pairs of equal score.</summary>
    [JsonIgnore]
    public int MatchedLineCount =>
        Programs.Sum(p => p.First.Lines.Sum(l => l.Last - l.First + 1) + p.Second.Lines.Sum(l => l.Last - l.First + 1));
}
