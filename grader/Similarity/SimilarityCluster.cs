namespace Grader.Similarity;

/// <summary>Three or more submissions joined by reported pairs: a group that may have shared among itself.</summary>
/// <param name="Submissions">Its submissions, in name order.</param>
/// <param name="Pairs">How many reported pairs join them.</param>
public sealed record SimilarityCluster(IReadOnlyList<string> Submissions, int Pairs);
