using System.Text.Json.Serialization;

namespace Grader.Similarity;

/// <summary>One side of a matched pair of programs.</summary>
/// <param name="Submission">The submission.</param>
/// <param name="Path">The file, inside the submission.</param>
/// <param name="Share">The share of its own code (its fingerprints beyond the base and the common) that the other file
/// has too, from 0 to 1: <paramref name="Matched"/> over its own fingerprints, weighed alike.</param>
/// <param name="Matched">How many of its own fingerprints the other file has too, each weighed by how rare it is in
/// the class (<see cref="SimilaritySettings.Weight"/>).</param>
/// <param name="Lines">Its matched lines, in order.</param>
/// <param name="Text">Its text, for the side-by-side view.</param>
public sealed record MatchedFile(
    string Submission,
    string Path,
    double Share,
    double Matched,
    IReadOnlyList<MatchedLines> Lines,
    string Text
)
{
    /// <summary>The matched lines as the CSV writes them: <c>3-9;14;20-22</c>.</summary>
    [JsonIgnore]
    public string LineRanges => string.Join(';', Lines.Select(l => l.ToString()));
}
