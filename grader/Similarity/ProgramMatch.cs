using System.Text.Json.Serialization;

namespace Grader.Similarity;

/// <summary>Two submissions' programs for the same role (or two other source files) that share code beyond the base
/// and the common.</summary>
/// <param name="Program">The role they play, or <see cref="SubmissionSources.OtherProgram"/>.</param>
/// <param name="First">The first submission's file.</param>
/// <param name="Second">The second submission's file.</param>
/// <param name="Shared">How many distinct fingerprints they share.</param>
public sealed record ProgramMatch(string Program, MatchedFile First, MatchedFile Second, int Shared)
{
    /// <summary>The larger of the two files' shares: a copy inside a longer program is still a copy.</summary>
    [JsonIgnore]
    public double Share => Math.Max(First.Share, Second.Share);
}
