using Grader.Results;
using Grader.Submissions;

namespace Grader.Batch;

/// <summary>Joins the stores of sharded batches into one, as if one batch had graded them all.</summary>
public static class OutputMerger
{
    /// <summary>
    /// Copies every result and every ungraded submission of <paramref name="sources"/> into <paramref name="target"/>.
    /// A submission graded in one source and ungraded in another counts as graded.
    /// </summary>
    /// <exception cref="SubmissionException">Two sources hold different results for the same submission.</exception>
    public static async Task<ClassResult> MergeAsync(
        IReadOnlyList<ResultStore> sources,
        ResultStore target,
        CancellationToken cancellationToken
    )
    {
        var results = new Dictionary<string, (GradeResult Result, string From)>(StringComparer.Ordinal);
        var ungraded = new Dictionary<string, UngradedSubmission>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            var stored = source.Load();
            foreach (var result in stored.Results)
            {
                if (results.TryGetValue(result.Submission, out var earlier) && earlier.From != source.Directory)
                    throw new SubmissionException(
                        $"{result.Submission} was graded in both {earlier.From} and {source.Directory}: merge outputs of disjoint shards"
                    );
                results[result.Submission] = (result, source.Directory);
            }
            foreach (var failure in stored.Ungraded)
                ungraded.TryAdd(failure.Submission, failure);
        }

        foreach (var (result, from) in results.Values)
            if (from != target.Directory)
                await target.SaveAsync(result, cancellationToken);
        foreach (var failure in ungraded.Values.Where(u => !results.ContainsKey(u.Submission)))
            await target.SaveAsync(failure, cancellationToken);
        return target.Load();
    }
}
