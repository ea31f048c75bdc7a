using System.Diagnostics;
using CliWrap;

namespace Grader.Launching;

/// <summary>
/// A started program. It is killed, with everything it started, when its time limit passes or when it is
/// disposed; <see cref="Exited"/> completes either way.
/// </summary>
public sealed class RunningProgram : IAsyncDisposable
{
    private readonly CancellationTokenSource _kill;
    private readonly CappedOutput _stdout;
    private readonly CappedOutput _stderr;
    private readonly Stopwatch _clock;
    private string? _killReason;

    internal RunningProgram(ProgramCommand command, CommandTask<CommandResult> task, CancellationTokenSource kill,
        CappedOutput stdout, CappedOutput stderr, LaunchLimits limits, Stopwatch clock)
    {
        Command = command;
        ProcessId = task.ProcessId;
        _kill = kill;
        _stdout = stdout;
        _stderr = stderr;
        _clock = clock;
        _kill.Token.Register(() => Interlocked.CompareExchange(ref _killReason, $"still running after the time limit of {limits.WallTime.TotalSeconds:0.#} s", null));
        _kill.CancelAfter(limits.WallTime);
        Exited = WaitForExitAsync(task);
    }

    /// <summary>What was started.</summary>
    public ProgramCommand Command { get; }

    /// <summary>The operating system's process id of the outermost process.</summary>
    public int ProcessId { get; }

    /// <summary>Completes when the program has ended, by itself or killed.</summary>
    public Task<ProgramExit> Exited { get; }

    /// <summary>Whether the program is still running.</summary>
    public bool IsRunning => !Exited.IsCompleted;

    /// <summary>Standard output so far.</summary>
    public string StandardOutput => _stdout.Text;

    /// <summary>Standard error so far.</summary>
    public string StandardError => _stderr.Text;

    /// <summary>Kills the program and all it started, giving <paramref name="reason"/> as the cause; completes when it is gone.</summary>
    public async Task<ProgramExit> KillAsync(string reason)
    {
        Interlocked.CompareExchange(ref _killReason, reason, null);
        if (IsRunning) ProcessTree.KillDescendantsLeavesFirst(ProcessId);
        await _kill.CancelAsync();
        return await Exited;
    }

    private async Task<ProgramExit> WaitForExitAsync(CommandTask<CommandResult> task)
    {
        int? exitCode = null;
        try
        {
            exitCode = (await task).ExitCode;
        }
        catch (OperationCanceledException)
        {
            // Killed by the grader: the reason is recorded.
        }
        var reason = exitCode is null ? Volatile.Read(ref _killReason) ?? "killed by the grader" : null;
        return new ProgramExit(exitCode, reason, _stdout.Text, _stderr.Text, _stdout.Truncated || _stderr.Truncated, _clock.Elapsed);
    }

    /// <summary>Kills the program if it still runs and releases its resources.</summary>
    public async ValueTask DisposeAsync()
    {
        if (IsRunning) await KillAsync("stopped by the grader at the end of the check");
        _kill.Dispose();
    }
}
