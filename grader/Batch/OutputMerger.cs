using Grader.Results;
using Grader.Submissions;

namespace Grader.Batch;

/// <summary>Joins the stores of sharded batches into one, as if one batch had graded them all.</summary>
public static class OutputMerger
{
    /// <summary>
    /// Copies every result and every ungraded submission of <paramref name="sources"/> into <paramref name="target"/>,
    /// with their joined record (<see cref="BatchRecord"/>), and says what was joined. A submission graded in one
    /// source and ungraded in another counts as graded; one graded in two with the same verdicts is kept once.
    /// </summary>
    /// <exception cref="SubmissionException">Two sources hold different verdicts for the same submission, or their
    /// records ask for different similarity reports.</exception>
    public static async Task<MergeSummary> MergeAsync(
        IReadOnlyList<ResultStore> sources,
        ResultStore target,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(target);
        var results = new Dictionary<string, (GradeResult Result, ResultStore From)>(StringComparer.Ordinal);
        var ungraded = new Dictionary<string, UngradedSubmission>(StringComparer.Ordinal);
        var twice = new SortedSet<string>(StringComparer.Ordinal);
        var conflicts = new List<string>();
        foreach (var source in sources.DistinctBy(s => s.Directory))
        {
            var stored = source.Load();
            foreach (var result in stored.Results)
            {
                if (results.TryGetValue(result.Submission, out var earlier))
                {
                    if (Verdicts(earlier.Result).SequenceEqual(Verdicts(result)))
                        twice.Add(result.Submission);
                    else
                        conflicts.Add(
                            $"{result.Submission} ({Score(earlier.Result)} in {earlier.From.Directory}, {Score(result)} in {source.Directory})"
                        );
                    continue;
                }
                results[result.Submission] = (result, source);
            }
            foreach (var failure in stored.Ungraded)
                ungraded.TryAdd(failure.Submission, failure);
        }
        if (conflicts.Count > 0)
            throw new SubmissionException(
                $"graded in two outputs with different verdicts: {string.Join(", ", conflicts)}: merge outputs of disjoint shards, or remove the result you do not want"
            );

        var records = sources.Select(s => (s.Directory, Record: BatchRecord.Load(s.Directory))).ToList();
        var similarity = AgreedSimilarity(records.Select(r => r.Record).OfType<BatchRecord>().ToList());

        foreach (var (result, from) in results.Values)
            if (from.Directory != target.Directory)
            {
                target.CopyFilesBeside(result.Submission, from);
                await target.SaveAsync(result, cancellationToken);
            }
        foreach (var failure in ungraded.Values.Where(u => !results.ContainsKey(u.Submission)))
            await target.SaveAsync(failure, cancellationToken);

        var recorded = records.Where(r => r.Record is not null).Select(r => r.Record!).ToList();
        var shards = ShardCoverage.Of(recorded.SelectMany(r => r.Shards).ToList());
        var classNames = recorded
            .SelectMany(r => r.Submissions)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var merged = target.Load();
        var present = merged
            .Results.Select(r => r.Submission)
            .Concat(merged.Ungraded.Select(u => u.Submission))
            .ToHashSet(StringComparer.Ordinal);
        BatchRecord? record = null;
        if (recorded.Count > 0)
        {
            record = new BatchRecord(recorded[0].Class, classNames, shards.Held, similarity);
            await record.SaveAsync(target.Directory, cancellationToken);
        }
        return new MergeSummary(
            sources.Count,
            shards.Found,
            shards.Missing,
            shards.Duplicated,
            records.Where(r => r.Record is null).Select(r => r.Directory).ToList(),
            recorded.Count > 0 ? classNames.Count : null,
            classNames.Where(n => !present.Contains(n)).ToList(),
            [.. twice],
            merged,
            record
        );
    }

    private static IEnumerable<(string, CheckStatus, int)> Verdicts(GradeResult result) =>
        result.Checks.Select(c => (c.Id, c.Status, c.Points));

    private static string Score(GradeResult result) =>
        $"{result.Checks.Sum(c => c.Points)}/{result.Checks.Sum(c => c.MaxPoints)} points";

    // The similarity report the shards asked for, the same in every record that asks for one.
    private static SimilarityRequest? AgreedSimilarity(IReadOnlyList<BatchRecord> records)
    {
        var asked = records.Select(r => r.Similarity).OfType<SimilarityRequest>().ToList();
        if (asked.Skip(1).FirstOrDefault(a => !a.Same(asked[0])) is { } other)
            throw new SubmissionException(
                $"the outputs asked for different similarity reports ({Describe(asked[0])}; {Describe(other)}): grade the shards with the same --similarity options"
            );
        return asked.FirstOrDefault();
    }

    private static string Describe(SimilarityRequest request) =>
        $"lab {request.Lab}, --threshold {request.Threshold:0.###}, --common {request.CommonShare:0.###}"
        + (request.Base.Count > 0 ? $", --base {string.Join(" ", request.Base)}" : "");
}
