using System.Globalization;
using Grader.Results;

namespace Grader.Batch;

/// <summary>Progress as plain lines, one per finished submission, for logs and output that is not a terminal.</summary>
public sealed class LogProgress(TextWriter log) : IBatchProgress
{
    private readonly Lock _lock = new();
    private BatchTally? _tally;

    /// <inheritdoc />
    public async Task RunAsync(BatchTally tally, Func<Task> batch)
    {
        _tally = tally;
        Write($"grading {tally.Total} submission{(tally.Total == 1 ? "" : "s")}");
        await batch();
    }

    /// <inheritdoc />
    public void Kept(GradeResult result) =>
        Write(
            $"{Counter()} {result.Submission}: {result.Score}/{result.MaxScore} (kept: unchanged since it was graded)"
        );

    /// <inheritdoc />
    public void Started(string submission) { }

    /// <inheritdoc />
    public void Graded(GradeResult result) =>
        Write(
            string.Create(
                CultureInfo.InvariantCulture,
                $"{Counter()} {result.Submission}: {result.Score}/{result.MaxScore} ({result.DurationMs / 1000.0:0.0} s){Left()}"
            )
        );

    /// <inheritdoc />
    public void Ungraded(UngradedSubmission submission) =>
        Write($"{Counter()} {submission.Submission}: could not be graded: {submission.Reason}{Left()}");

    private string Counter() => _tally is null ? "" : $"[{_tally.Done}/{_tally.Total}]";

    private string Left() =>
        _tally?.Remaining is { } left && _tally.Done < _tally.Total ? $", about {BatchTime.Format(left)} left" : "";

    private void Write(string line)
    {
        lock (_lock)
            log.WriteLine(line);
    }
}
