namespace Grader.Similarity;

/// <summary>
/// What a class's comparison found: the pairs of submissions whose programs share code beyond the base and the common,
/// ranked, and the clusters they form. Evidence for a person to look at, never a verdict: grades do not change.
/// </summary>
/// <param name="Submissions">How many submissions were compared.</param>
/// <param name="Files">How many source files were fingerprinted.</param>
/// <param name="Threshold">The share above which a pair of programs is reported.</param>
/// <param name="CommonShare">The share of the class above which a fingerprint is common.</param>
/// <param name="BaseFiles">The names of the base files subtracted.</param>
/// <param name="Pairs">The reported pairs, the most similar first.</param>
/// <param name="Clusters">Groups of three or more submissions joined by reported pairs, the largest first.</param>
public sealed record SimilarityReport(
    int Submissions,
    int Files,
    double Threshold,
    double CommonShare,
    IReadOnlyList<string> BaseFiles,
    IReadOnlyList<SimilarPair> Pairs,
    IReadOnlyList<SimilarityCluster> Clusters
)
{
    /// <summary>The sentence every rendering of the report carries.</summary>
    public const string NotAVerdict =
        "Evidence for a person to read, not a verdict: shared code has innocent causes (the lecture, a textbook, "
        + "working together where that was allowed), and no grade was changed.";
}
