using System.Diagnostics;
using CliWrap;
using Grader.Rubric;

namespace Grader.Launching;

/// <summary>
/// A started program. It is killed, with everything it started, when its time limit passes (in its own time: see
/// <see cref="ProgramClock"/>), when it reaches its process or memory limit, or when it is disposed; <see
/// cref="Exited"/> completes either way.
/// </summary>
public sealed class RunningProgram : IAsyncDisposable
{
    // How often the grader looks at the program's processes: for the limits the kernel only refuses, never kills at,
    // and for the time its threads wait for a CPU (a thread that ends between two looks takes its wait with it). More
    // often at first, when a runtime starts and ends its helper threads.
    private static readonly TimeSpan FirstWatchInterval = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan WatchInterval = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan StuckPollInterval = TimeSpan.FromMilliseconds(20);

    // How long a wait must read the same before it is called forever: far longer than the moment between a probe taking
    // a datagram from its socket and handing it over, so a datagram in flight is always seen.
    private static readonly TimeSpan StuckHeld = TimeSpan.FromMilliseconds(50);

    private readonly CancellationTokenSource _kill;
    private readonly CancellationTokenSource _ended = new();
    private readonly CappedOutput _stdout;
    private readonly CappedOutput _stderr;
    private readonly LaunchLimits _limits;
    private readonly Stopwatch _clock;
    private string? _killReason;
    private string? _limitKill;
    private long _largestHeld;
    private readonly long _scratchAtStart;

    internal RunningProgram(
        ProgramCommand command,
        CommandTask<CommandResult> task,
        CancellationTokenSource kill,
        CappedOutput stdout,
        CappedOutput stderr,
        LaunchLimits limits,
        Stopwatch clock
    )
    {
        Command = command;
        ProcessId = task.ProcessId;
        Clock = command.OnWallTime ? ProgramClock.Wall : ProgramClock.ForProcessTree(ProcessId);
        _kill = kill;
        _stdout = stdout;
        _stderr = stderr;
        _limits = limits;
        _clock = clock;
        _kill.Token.Register(() =>
            Interlocked.CompareExchange(
                ref _killReason,
                $"still running after the time limit of {limits.WallTime.TotalSeconds:0.#} s",
                null
            )
        );
        if (command.WatchedScratch is { } scratch)
            _scratchAtStart = FolderBytes(scratch);
        Exited = WaitForExitAsync(task);
        _ = KillAtTimeLimitAsync();
        _ = WatchAsync();
    }

    /// <summary>What was started.</summary>
    public ProgramCommand Command { get; }

    /// <summary>The operating system's process id of the outermost process.</summary>
    public int ProcessId { get; }

    /// <summary>The program's own time, by which its time limit and every deadline that judges it are
    /// measured.</summary>
    public ProgramClock Clock { get; }

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

    /// <summary>
    /// Completes once the kernel shows the program waiting forever (<see cref="StuckProgram"/>), with what it waits in:
    /// the same wait read again and again for at least 50 ms, with <paramref name="nothingInFlight"/> true before and
    /// after each reading (the caller's probes hold nothing the program sent that they have not answered). Never
    /// completes while it runs, waits with a timeout, cannot be read, or after it ended, nor once <paramref
    /// name="cancellationToken"/> is cancelled: a caller waits on it beside its own deadline, only while nothing more
    /// will reach the program from outside.
    /// </summary>
    public async Task<StuckProgram> StuckAsync(Func<bool> nothingInFlight, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nothingInFlight);
        var poll = TimeSpan.FromMilliseconds(2);
        StuckProgram? since = null;
        var held = Stopwatch.StartNew();
        try
        {
            while (IsRunning)
            {
                await Task.WhenAny(Exited, Task.Delay(poll, cancellationToken)).ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
                poll = TimeSpan.FromTicks(Math.Min(poll.Ticks * 2, StuckPollInterval.Ticks));
                var now =
                    IsRunning && nothingInFlight() && OperatingSystem.IsLinux() ? StuckProgram.Read(ProcessId) : null;
                if (now is null || !nothingInFlight())
                {
                    since = null;
                    continue;
                }
                if (since?.Signature != now.Signature)
                {
                    since = now;
                    held.Restart();
                    continue;
                }
                if (held.Elapsed >= StuckHeld)
                    return now;
            }
        }
        catch (OperationCanceledException)
        {
            // The caller stopped asking.
        }
        return await new TaskCompletionSource<StuckProgram>().Task.ConfigureAwait(false);
    }

    /// <summary>
    /// Completes as <see cref="StuckAsync(Func{bool}, CancellationToken)"/> does where <paramref name="hangs"/> lets the
    /// kernel decide a hang; never where only deadlines do. What every wait on the program beside its deadline asks.
    /// </summary>
    public Task<StuckProgram> StuckAsync(
        HangWatch hangs,
        Func<bool> nothingInFlight,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(hangs);
        return hangs.WhenSeenAsync(token => StuckAsync(nothingInFlight, token), cancellationToken);
    }

    /// <summary>Kills the program and all it started, giving <paramref name="reason"/> as the cause; completes when it
    /// is gone.</summary>
    public async Task<ProgramExit> KillAsync(string reason)
    {
        Interlocked.CompareExchange(ref _killReason, reason, null);
        // Elsewhere than on Linux, the kill below (.NET's, of the whole tree) is all there is.
        var killed = IsRunning && OperatingSystem.IsLinux() ? ProcessTree.KillDescendantsLeavesFirst(ProcessId) : [];
        await _kill.CancelAsync();
        var exit = await Exited;
        // Its processes hold its ports until they have really ended, which a loaded machine may make later than the
        // outermost process's end: the next launch of the lab's port must find it free.
        if (OperatingSystem.IsLinux())
            await ProcessTree.WaitUntilEndedAsync(killed);
        return exit;
    }

    // The time limit counts the program's own time: on a loaded machine it stretches by the time the program waited for
    // a CPU.
    private async Task KillAtTimeLimitAsync()
    {
        try
        {
            await Clock.DelayAsync(_limits.WallTime, _ended.Token).ConfigureAwait(false);
            await _kill.CancelAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
        {
            // It ended first.
        }
    }

    // The kernel refuses the process beyond a limit but kills nothing, and no kernel limit holds memory as it is used
    // (only as it is reserved, which would stop the JVM): a program seen beyond one is killed here.
    private async Task WatchAsync()
    {
        var interval = FirstWatchInterval;
        var limited =
            _limits.Processes is not null || _limits.MemoryBytes is not null || Command.WatchedScratch is not null;
        while (!Exited.IsCompleted)
        {
            await Task.WhenAny(Exited, Task.Delay(interval)).ConfigureAwait(false);
            interval = TimeSpan.FromTicks(Math.Min(interval.Ticks * 2, WatchInterval.Ticks));
            if (Exited.IsCompleted)
                return;
            Clock.Sample();
            if (!limited)
                continue;
            var usage = OperatingSystem.IsLinux() ? ProcessTree.Usage(ProcessId) : OutermostUsage();
            InterlockedMax(ref _largestHeld, usage.LargestHeldBytes);
            string? hit = null;
            // The kernel lets a launch run one more than the limit, so that more than the limit means it tried to run
            // more.
            if (_limits.Processes is { } processes && usage.Tasks > processes)
                hit = $"more than {processes} processes";
            else if (_limits.MemoryBytes is { } memory && usage.LargestHeldBytes > memory)
                hit = $"used more than {LaunchLimits.Size(memory)}";
            else
                hit = ScratchOverLimit();
            if (hit is null)
                continue;
            Interlocked.CompareExchange(ref _limitKill, hit, null);
            await KillAsync($"killed: {hit}").ConfigureAwait(false);
            return;
        }
    }

    // Where no /proc shows the whole tree, what .NET shows of the outermost process: its threads and its working set.
    private TreeUsage OutermostUsage()
    {
        try
        {
            using var process = Process.GetProcessById(ProcessId);
            return new TreeUsage(process.Threads.Count, process.WorkingSet64);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return new TreeUsage(0, 0); // it has just ended
        }
    }

    // What the files under a folder hold; a file that vanishes while counted counts nothing.
    private static long FolderBytes(string folder)
    {
        try
        {
            return new DirectoryInfo(folder)
                .EnumerateFiles(
                    "*",
                    new EnumerationOptions
                    {
                        RecurseSubdirectories = true,
                        AttributesToSkip = 0,
                        IgnoreInaccessible = true,
                    }
                )
                .Sum(file => file.Exists ? file.Length : 0);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    private static void InterlockedMax(ref long target, long value)
    {
        var seen = Volatile.Read(ref target);
        while (value > seen && Interlocked.CompareExchange(ref target, value, seen) is var now && now != seen)
            seen = now;
    }

    /// <summary>
    /// Why the program ended, if the grader ended it: <paramref name="killAsked"/> is the reason the grader gave when it
    /// began to kill it, null if it never did. The grader kills a program's processes under its wrapper (a sandbox's
    /// <c>setpriv</c> or <c>unshare</c>) before it cancels the wrapper's run, so on a loaded machine the wrapper may end,
    /// with its child's signal as its exit code (128 + 9), before the cancellation is seen: an end by a signal after a
    /// kill was asked for is the grader's kill. Null when the program ended by itself, a signal included when nobody
    /// asked.
    /// </summary>
    internal static string? KillReason(int? exitCode, string? killAsked) =>
        exitCode switch
        {
            null => killAsked ?? "killed by the grader",
            >= SignalExitCodes when killAsked is not null => killAsked,
            _ => null,
        };

    // A process ended by a signal exits, as its parent reports it, with 128 plus the signal's number.
    private const int SignalExitCodes = 128;

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
        await _ended.CancelAsync().ConfigureAwait(false);
        // The namespace sandbox's unshare may report its child's SIGKILL as its own error: read it as the signal it is
        // before deciding whether the end was the grader's kill.
        (exitCode, var standardError) = LimitDiagnosis.AsTheProgramEnded(exitCode, _stderr.Text, _stderr.End);
        var reason = KillReason(exitCode, Volatile.Read(ref _killReason));
        if (reason is not null)
            exitCode = null;
        var exit = new ProgramExit(
            exitCode,
            reason,
            _stdout.Text,
            standardError,
            _stdout.Truncated || _stderr.Truncated,
            _clock.Elapsed
        )
        {
            OutputCapBytes = _limits.OutputBytes,
        };
        var explained = LimitDiagnosis.Explain(
            exit,
            _limits,
            Volatile.Read(ref _limitKill),
            Interlocked.Read(ref _largestHeld)
        );
        // A program may write past the scratch limit between two looks, and end before the next.
        return explained.LimitHit is null && ScratchOverLimit() is { } over
            ? explained with
            {
                LimitHit = over,
            }
            : explained;
    }

    // "wrote more than 8 MiB of files" when the watched scratch folder grew past the limit, else null.
    private string? ScratchOverLimit() =>
        _limits.ScratchBytes is { } scratch
        && Command.WatchedScratch is { } folder
        && FolderBytes(folder) - _scratchAtStart > scratch
            ? $"wrote more than {LaunchLimits.Size(scratch)} of files"
            : null;

    /// <summary>Kills the program if it still runs and releases its resources.</summary>
    public async ValueTask DisposeAsync()
    {
        if (IsRunning)
            await KillAsync("stopped by the grader at the end of the check");
        _kill.Dispose();
        _ended.Dispose();
    }
}
