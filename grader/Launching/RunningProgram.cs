using System.Diagnostics;
using CliWrap;

namespace Grader.Launching;

/// <summary>
/// A started program. It is killed, with everything it started, when its time limit passes, when it reaches its
/// process or memory limit, or when it is disposed; <see cref="Exited"/> completes either way.
/// </summary>
public sealed class RunningProgram : IAsyncDisposable
{
    // How often the grader looks at the program's processes for the limits the kernel only refuses, never kills at.
    private static readonly TimeSpan WatchInterval = TimeSpan.FromMilliseconds(100);

    // A process whose data segment is this close to the memory limit has run into it: the kernel refuses the next allocation.
    private const double NearMemoryLimit = 0.9;

    private readonly CancellationTokenSource _kill;
    private readonly CappedOutput _stdout;
    private readonly CappedOutput _stderr;
    private readonly LaunchLimits _limits;
    private readonly Stopwatch _clock;
    private string? _killReason;
    private string? _limitKill;
    private long _largestData;

    internal RunningProgram(ProgramCommand command, CommandTask<CommandResult> task, CancellationTokenSource kill,
        CappedOutput stdout, CappedOutput stderr, LaunchLimits limits, Stopwatch clock)
    {
        Command = command;
        ProcessId = task.ProcessId;
        _kill = kill;
        _stdout = stdout;
        _stderr = stderr;
        _limits = limits;
        _clock = clock;
        _kill.Token.Register(() => Interlocked.CompareExchange(ref _killReason, $"still running after the time limit of {limits.WallTime.TotalSeconds:0.#} s", null));
        _kill.CancelAfter(limits.WallTime);
        Exited = WaitForExitAsync(task);
        if (limits.Processes is not null || limits.MemoryBytes is not null) _ = WatchAsync();
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

    /// <summary>Whether either output stream has been cut at the cap so far.</summary>
    public bool OutputTruncated => _stdout.Truncated || _stderr.Truncated;

    /// <summary>Kills the program and all it started, giving <paramref name="reason"/> as the cause; completes when it is gone.</summary>
    public async Task<ProgramExit> KillAsync(string reason)
    {
        Interlocked.CompareExchange(ref _killReason, reason, null);
        if (IsRunning) ProcessTree.KillDescendantsLeavesFirst(ProcessId);
        await _kill.CancelAsync();
        return await Exited;
    }

    // The kernel refuses the process or allocation beyond a limit but kills nothing; a program that reached one is done for.
    private async Task WatchAsync()
    {
        while (!Exited.IsCompleted)
        {
            await Task.WhenAny(Exited, Task.Delay(WatchInterval)).ConfigureAwait(false);
            if (Exited.IsCompleted) return;
            var usage = ProcessTree.Usage(ProcessId);
            InterlockedMax(ref _largestData, usage.LargestDataBytes);
            string? hit = null;
            // The wrappers' own process is counted too, so more than the limit means the program's own reached it.
            if (_limits.Processes is { } processes && usage.Tasks > processes) hit = $"more than {processes} processes";
            else if (_limits.MemoryBytes is { } memory && usage.LargestDataBytes >= memory * NearMemoryLimit) hit = $"used more than {LaunchLimits.Size(memory)}";
            if (hit is null) continue;
            Interlocked.CompareExchange(ref _limitKill, hit, null);
            await KillAsync($"killed: {hit}").ConfigureAwait(false);
            return;
        }
    }

    private static void InterlockedMax(ref long target, long value)
    {
        var seen = Volatile.Read(ref target);
        while (value > seen && Interlocked.CompareExchange(ref target, value, seen) is var now && now != seen) seen = now;
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
        var exit = new ProgramExit(exitCode, reason, _stdout.Text, _stderr.Text, _stdout.Truncated || _stderr.Truncated, _clock.Elapsed)
        {
            OutputCapBytes = _limits.OutputBytes,
        };
        return LimitDiagnosis.Explain(exit, _limits, Volatile.Read(ref _limitKill), Interlocked.Read(ref _largestData));
    }

    /// <summary>Kills the program if it still runs and releases its resources.</summary>
    public async ValueTask DisposeAsync()
    {
        if (IsRunning) await KillAsync("stopped by the grader at the end of the check");
        _kill.Dispose();
    }
}
