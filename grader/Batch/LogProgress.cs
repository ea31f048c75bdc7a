using System.Globalization;
using Grader.Results;

namespace Grader.Batch;

/// <summary>Progress as plain lines, one per finished submission, for logs and output that is not a terminal.</summary>
public sealed class LogProgress(TextWriter log) : IBatchProgress
{
    private readonly Lock _lock = new();
    private BatchTally? _tally;

    // Lines of finished submissions written so far: each line's own number, even when two finish at once (the tally
    // counts both before either line is written).
    private int _finished;

    /// <inheritdoc />
    public async Task RunAsync(BatchTally tally, Func<Task> batch)
    {
        _tally = tally;
        Write($"grading {tally.Total} submission{(tally.Total == 1 ? "" : "s")}");
        await batch();
    }

    /// <inheritdoc />
    public void Kept(GradeResult result) =>
        WriteFinished(counter =>
            $"{counter} {result.Submission}: {result.Score}/{result.MaxScore} (kept: unchanged since it was graded)"
        );

    /// <inheritdoc />
    public void Started(string submission) { }

    /// <inheritdoc />
    public void Graded(GradeResult result) =>
        WriteFinished(counter =>
            string.Create(
                CultureInfo.InvariantCulture,
                $"{counter} {result.Submission}: {result.Score}/{result.MaxScore} ({result.DurationMs / 1000.0:0.0} s){Left()}"
            )
        );

    /// <inheritdoc />
    public void Ungraded(UngradedSubmission submission) =>
        WriteFinished(counter =>
            $"{counter} {submission.Submission}: could not be graded: {submission.Reason}{Left()}"
        );

    private void WriteFinished(Func<string, string> line)
    {
        lock (_lock)
        {
            _finished++;
            log.WriteLine(line(_tally is null ? "" : $"[{_finished}/{_tally.Total}]"));
        }
    }

    private string Left() =>
        _tally?.Remaining is { } left && _tally.Done < _tally.Total ? $", about {BatchTime.Format(left)} left" : "";

    private void Write(string line)
    {
        lock (_lock)
            log.WriteLine(line);
    }
}
