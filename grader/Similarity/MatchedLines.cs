namespace Grader.Similarity;

/// <summary>Lines of a file that match the other file of its pair.</summary>
/// <param name="First">The first matched line, from 1.</param>
/// <param name="Last">The last matched line.</param>
/// <param name="Region">Which region of the pair they belong to: the lines of the other file with the same number
/// share fingerprints with these (a side-by-side view colours them alike).</param>
public sealed record MatchedLines(int First, int Last, int Region)
{
    /// <inheritdoc />
    public override string ToString() => First == Last ? $"{First}" : $"{First}-{Last}";
}
