using Grader.Launching;
using Spectre.Console;

namespace Grader.Platforms;

/// <summary>An import's progress on a terminal: a spinner while the download is unpacked, then a bar of the students'
/// folders written.</summary>
public sealed class TerminalImportProgress(IAnsiConsole console) : IImportProgress
{
    private ProgressContext? _context;
    private ProgressTask? _task;

    /// <inheritdoc />
    public async Task RunAsync(Func<Task> import)
    {
        ArgumentNullException.ThrowIfNull(import);
        await console
            .Progress()
            .AutoClear(true)
            .Columns(
                new SpinnerColumn(),
                new TaskDescriptionColumn { Alignment = Justify.Left },
                new ProgressBarColumn(),
                new PercentageColumn()
            )
            .StartAsync(async context =>
            {
                _context = context;
                await import();
                _task?.StopTask();
            });
    }

    /// <inheritdoc />
    public void Unpacking(string archive, long bytes)
    {
        _task = _context?.AddTask(Markup.Escape($"unpacking {archive} ({LaunchLimits.Size(bytes)})"));
        _task?.IsIndeterminate = true;
    }

    /// <inheritdoc />
    public void Writing(int students)
    {
        _task?.StopTask();
        _task = _context?.AddTask($"writing the folders of {students} students", maxValue: Math.Max(1, students));
    }

    /// <inheritdoc />
    public void Wrote() => _task?.Increment(1);
}
