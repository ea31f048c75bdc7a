using System.Globalization;
using System.Runtime.Versioning;

namespace Grader.Launching;

/// <summary>
/// A program the kernel shows waiting forever: every thread of every process it started is asleep in a call that has
/// no timeout (a socket read without <c>SO_RCVTIMEO</c>, <c>poll</c> or <c>select</c> without a timeout, a lock or a
/// child that waits on the others), no timer can wake it, and its CPU time does not move. Nothing inside it can end the
/// wait; only what arrives from outside can, which the caller knows will not (the probe has nothing more to send).
/// Anything the grader cannot read or tell (an unknown call, a timeout behind a pointer, a thread running) makes it
/// not stuck, so the caller falls back to its deadline: a wrong answer here could only cost time, never a verdict.
/// </summary>
/// <param name="Description">What it waits in, for a verdict: "waits in `recvfrom` on a socket with no
/// timeout".</param>
/// <param name="Signature">Every thread's call and the tree's CPU time, to tell two readings of the same wait from
/// two moments of a program that moves.</param>
public sealed record StuckProgram(string Description, string Signature)
{
    // Signals whose handler a timer may call (SIGALRM, SIGVTALRM, SIGPROF): a wait may end by one of them.
    private const ulong TimerSignals = (1UL << (14 - 1)) | (1UL << (26 - 1)) | (1UL << (27 - 1));
    private const int NonBlocking = 0x800; // O_NONBLOCK, in octal 04000

    /// <summary>What the kernel shows of the tree under <paramref name="rootId"/> now: stuck, or null (running,
    /// waiting with a timeout, or not known).</summary>
    [SupportedOSPlatform("linux")]
    public static StuckProgram? Read(int rootId)
    {
        if (!OperatingSystem.IsLinux())
            return null;
        try
        {
            var external = new List<string>();
            var signature = new List<string>();
            long cpu = 0;
            foreach (var pid in ProcessTree.WithDescendants(rootId))
            {
                var status = File.ReadAllText($"/proc/{pid}/status");
                if (Field(status, "State:").StartsWith('Z'))
                    continue;
                if (
                    (
                        ulong.Parse(Field(status, "SigCgt:"), NumberStyles.HexNumber, CultureInfo.InvariantCulture)
                        & TimerSignals
                    ) != 0
                )
                    return null;
                if (HasTimers(pid))
                    return null;
                cpu += CpuTicks(File.ReadAllText($"/proc/{pid}/stat"));
                foreach (var task in Directory.EnumerateDirectories($"/proc/{pid}/task"))
                {
                    if (ThreadWait(pid, task) is not { } wait)
                        return null;
                    signature.Add($"{Path.GetFileName(task)}:{wait.Call}");
                    if (wait.External is { } waiting)
                        external.Add(waiting);
                }
            }
            // Threads that wait only on each other, or on children, with none waiting on the world, are not this case.
            if (external.Count == 0)
                return null;
            return new StuckProgram(
                external.Distinct().First(),
                $"{string.Join(',', signature)};cpu={cpu.ToString(CultureInfo.InvariantCulture)}"
            );
        }
        catch (Exception e)
            when (e is IOException or UnauthorizedAccessException or FormatException or OverflowException)
        {
            return null; // a process ended while read, or may not be read
        }
    }

    /// <summary>One thread's wait, if it waits forever: the call, and for a wait on the outside world its description
    /// (null for a wait on another thread or a child).</summary>
    [SupportedOSPlatform("linux")]
    private static (string Call, string? External)? ThreadWait(int pid, string task)
    {
        var stat = File.ReadAllText(Path.Combine(task, "stat"));
        // The state follows the command name's closing parenthesis: S is asleep, and may be woken.
        if (stat[(stat.LastIndexOf(')') + 2)..].FirstOrDefault() != 'S')
            return null;
        var fields = File.ReadAllText(Path.Combine(task, "syscall")).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 7 || !long.TryParse(fields[0], CultureInfo.InvariantCulture, out var number))
            return null;
        if (SystemCall.Numbered(number) is not { } call)
            return null;
        var argument = Hex(fields[1 + call.Argument]);
        return call.Wait switch
        {
            SystemCallWait.Socket => SocketWaitsForever(pid, (int)argument)
                ? (call.Name, $"waits in `{call.Name}` on a socket with no timeout")
                : null,
            SystemCallWait.Milliseconds when (int)argument < 0 => (
                call.Name,
                $"waits in `{call.Name}` with no timeout"
            ),
            SystemCallWait.TimeoutPointer when argument == 0 => (call.Name, $"waits in `{call.Name}` with no timeout"),
            // FUTEX_WAIT or FUTEX_WAIT_BITSET with no timeout: a lock or condition only another thread can release.
            SystemCallWait.Futex when (Hex(fields[2]) & 0x7f) is 0 or 9 && argument == 0 => (call.Name, null),
            SystemCallWait.Child => (call.Name, null),
            _ => null,
        };
    }

    // A blocking socket (not O_NONBLOCK) without a receive timeout.
    [SupportedOSPlatform("linux")]
    private static bool SocketWaitsForever(int pid, int fd)
    {
        if (
            new FileInfo($"/proc/{pid}/fd/{fd}").LinkTarget is not { } target
            || !target.StartsWith("socket:", StringComparison.Ordinal)
        )
            return false;
        var flags = Field(File.ReadAllText($"/proc/{pid}/fdinfo/{fd}"), "flags:");
        if ((Convert.ToInt32(flags, 8) & NonBlocking) != 0)
            return false;
        return SocketTimeouts.Receive(pid, fd) == TimeSpan.Zero;
    }

    // A timer file (timerfd) or a POSIX timer may wake a wait.
    [SupportedOSPlatform("linux")]
    private static bool HasTimers(int pid)
    {
        if (File.Exists($"/proc/{pid}/timers") && File.ReadAllText($"/proc/{pid}/timers").Length > 0)
            return true;
        return Directory
            .EnumerateFileSystemEntries($"/proc/{pid}/fd")
            .Any(fd => new FileInfo(fd).LinkTarget?.Contains("timerfd", StringComparison.Ordinal) == true);
    }

    // utime + stime, fields 14 and 15 of /proc/<pid>/stat, counted after the command name.
    private static long CpuTicks(string stat)
    {
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[11], CultureInfo.InvariantCulture)
            + long.Parse(fields[12], CultureInfo.InvariantCulture);
    }

    private static long Hex(string text) =>
        long.Parse(
            text.AsSpan(text.StartsWith("0x", StringComparison.Ordinal) ? 2 : 0),
            NumberStyles.HexNumber,
            CultureInfo.InvariantCulture
        );

    private static string Field(string text, string name)
    {
        var start = text.IndexOf(name, StringComparison.Ordinal);
        if (start < 0)
            throw new FormatException($"no {name}");
        var end = text.IndexOf('\n', start);
        return text[(start + name.Length)..(end < 0 ? text.Length : end)].Trim();
    }
}
