using System.Diagnostics;
using Grader.Errors;
using Grader.Grading;
using Grader.Results;
using Grader.Rubric;

namespace Grader.Batch;

/// <summary>
/// Grades many submissions into a <see cref="ResultStore"/>, several at once, storing each result the moment it is
/// ready so that a batch killed at any point loses only the submissions being graded.
/// </summary>
public sealed class BatchGrader(
    Assignment assignment,
    ISubmissionGrader grader,
    ResultStore store,
    BatchOptions options
)
{
    /// <summary>Grades the submission folders <paramref name="folders"/> (name → path), reporting to <paramref
    /// name="progress"/>.</summary>
    /// <returns>The tally of what happened.</returns>
    public async Task<BatchTally> GradeAsync(
        IReadOnlyList<(string Name, string Path)> folders,
        IBatchProgress progress,
        CancellationToken cancellationToken
    )
    {
        var tally = new BatchTally(folders.Count, options.Parallel);
        await progress.RunAsync(
            tally,
            () =>
                Parallel.ForEachAsync(
                    folders,
                    new ParallelOptions
                    {
                        MaxDegreeOfParallelism = options.Parallel,
                        CancellationToken = cancellationToken,
                    },
                    async (folder, ct) => await GradeOneAsync(folder.Name, folder.Path, tally, progress, ct)
                )
        );
        return tally;
    }

    private async Task GradeOneAsync(
        string name,
        string path,
        BatchTally tally,
        IBatchProgress progress,
        CancellationToken cancellationToken
    )
    {
        var clock = Stopwatch.StartNew();
        var started = false;
        try
        {
            var hash = await SubmissionHash.ComputeAsync(path, cancellationToken, assignment.Limits.UnpackedBytes);
            if (options.Resume && store.HasCurrent(name, hash, assignment))
            {
                tally.OnKept();
                progress.Kept(store.Read(name)!);
                return;
            }

            tally.OnStarted();
            progress.Started(name);
            started = true;
            var result = await grader.GradeAsync(path, cancellationToken) with { SubmissionHash = hash };
            await store.SaveAsync(result, cancellationToken);
            tally.OnFinished(graded: true, clock.ElapsedMilliseconds);
            progress.Graded(result);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            if (!started)
            {
                tally.OnStarted();
                progress.Started(name);
            }
            var ungraded = new UngradedSubmission(
                name,
                e is GraderException known ? known.Line : $"the grader failed: {e.GetType().Name}: {e.Message}"
            );
            await store.SaveAsync(ungraded, cancellationToken);
            tally.OnFinished(graded: false, clock.ElapsedMilliseconds);
            progress.Ungraded(ungraded);
        }
    }
}
