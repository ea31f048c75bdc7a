namespace Grader.Batch;

/// <summary>The similarity report a batch was asked for (<c>--similarity</c>), kept in its record so that
/// <c>grader merge</c> compares the merged class as the shards were asked to.</summary>
/// <param name="Lab">The lab whose roles and base code the comparison uses.</param>
/// <param name="Threshold">The score at which a pair is reported (<c>--threshold</c>).</param>
/// <param name="CommonShare">The share of the class above which code is common (<c>--common</c>).</param>
/// <param name="Base">The starter code given with <c>--base</c>, as full paths (the lab's own base is the lab's).</param>
public sealed record SimilarityRequest(string Lab, double Threshold, double CommonShare, IReadOnlyList<string> Base)
{
    /// <summary>Whether <paramref name="other"/> asks for the same comparison.</summary>
    public bool Same(SimilarityRequest other) =>
        other is not null
        && (Lab, Threshold, CommonShare) == (other.Lab, other.Threshold, other.CommonShare)
        && Base.SequenceEqual(other.Base, StringComparer.Ordinal);
}
