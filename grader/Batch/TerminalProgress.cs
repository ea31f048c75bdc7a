using Grader.Results;
using Spectre.Console;

namespace Grader.Batch;

/// <summary>A live progress bar for a terminal: done, running, could not be graded, time left; each finished submission
/// printed above it.</summary>
public sealed class TerminalProgress(IAnsiConsole console) : IBatchProgress
{
    private readonly Lock _lock = new();
    private BatchTally? _tally;
    private ProgressTask? _task;

    /// <inheritdoc />
    public async Task RunAsync(BatchTally tally, Func<Task> batch)
    {
        _tally = tally;
        await console
            .Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(
                new SpinnerColumn(),
                new TaskDescriptionColumn { Alignment = Justify.Left },
                new ProgressBarColumn(),
                new PercentageColumn(),
                new RemainingTimeColumn()
            )
            .StartAsync(async context =>
            {
                _task = context.AddTask(Description(), maxValue: Math.Max(1, tally.Total));
                Update();
                await batch();
                Update();
                _task.StopTask();
            });
    }

    /// <inheritdoc />
    public void Kept(GradeResult result) => Update();

    /// <inheritdoc />
    public void Started(string submission) => Update();

    /// <inheritdoc />
    public void Graded(GradeResult result)
    {
        var colour = result.Passed ? "green" : "red";
        lock (_lock)
            console.MarkupLine(
                $"[{colour}]{(result.Passed ? "✔" : "✘")}[/] {Markup.Escape(result.Submission)} [bold]{result.Score}/{result.MaxScore}[/] [grey]({result.DurationMs / 1000.0:0.0} s)[/]"
            );
        Update();
    }

    /// <inheritdoc />
    public void Ungraded(UngradedSubmission submission)
    {
        lock (_lock)
            console.MarkupLine(
                $"[yellow]⚠[/] {Markup.Escape(submission.Submission)}: could not be graded: {Markup.Escape(submission.Reason)}"
            );
        Update();
    }

    private void Update()
    {
        if (_task is null || _tally is null)
            return;
        lock (_lock)
        {
            _task.Value = _tally.Done;
            _task.Description = Description();
        }
    }

    private string Description()
    {
        var tally = _tally!;
        var failed = tally.Failed > 0 ? $" · [yellow]{tally.Failed} could not be graded[/]" : "";
        var kept = tally.Kept > 0 ? $" · {tally.Kept} kept" : "";
        return $"done {tally.Done}/{tally.Total} · running {tally.Running}{failed}{kept}";
    }
}
