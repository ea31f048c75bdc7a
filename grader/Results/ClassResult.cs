namespace Grader.Results;

/// <summary>The grades of a batch: every submission graded, and every one that could not be, each in name
/// order.</summary>
/// <param name="Assignment">The assignment's id, or null when nothing was graded.</param>
/// <param name="Results">One result per graded submission, ordered by name.</param>
/// <param name="Ungraded">The submissions that could not be graded, with why.</param>
public sealed record ClassResult(
    string? Assignment,
    IReadOnlyList<GradeResult> Results,
    IReadOnlyList<UngradedSubmission> Ungraded
)
{
    /// <summary>Sorts <paramref name="results"/> and <paramref name="ungraded"/> by name, so every report of the same
    /// grades is the same bytes.</summary>
    public static ClassResult Of(IEnumerable<GradeResult> results, IEnumerable<UngradedSubmission> ungraded)
    {
        var sorted = results.OrderBy(r => r.Submission, StringComparer.Ordinal).ToList();
        return new ClassResult(
            sorted.FirstOrDefault()?.Assignment,
            sorted,
            ungraded.OrderBy(u => u.Submission, StringComparer.Ordinal).ToList()
        );
    }
}
