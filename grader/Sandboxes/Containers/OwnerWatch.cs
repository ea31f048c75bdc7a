using System.Globalization;
using System.Runtime.InteropServices;

namespace Grader.Sandboxes.Containers;

/// <summary>
/// Waits for the grader process an <see cref="ContainerLabels.Owner"/> value names to end, from a process that
/// shares its process ids (the reaper's container runs with the host's PID namespace). It waits on the kernel's
/// word where it can: a pidfd (Linux 5.3) becomes readable when the process ends, whoever ends it, SIGKILL too.
/// Where the kernel or the engine's seccomp profile refuses pidfd_open, it looks again every
/// <see cref="PollInterval"/>.
/// </summary>
internal static partial class OwnerWatch
{
    /// <summary>How often the owner is looked for when no pidfd can be had.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    // pidfd_open is 434 on every architecture: system calls added since Linux 5.1 share one number table.
    private const long PidFdOpenCall = 434;
    private const short PollIn = 0x1;
    private const int Interrupted = 4; // EINTR

    [StructLayout(LayoutKind.Sequential)]
    private struct PollFd
    {
        public int Fd;
        public short Events;
        public short ReturnedEvents;
    }

    [LibraryImport("libc", EntryPoint = "syscall", SetLastError = true)]
    private static partial long SysCall(long number, long pid, long flags);

    [LibraryImport("libc", EntryPoint = "poll", SetLastError = true)]
    private static unsafe partial int Poll(PollFd* fds, ulong count, int timeoutMs);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int fd);

    /// <summary>Whether this process sees the same processes as the PID namespace <paramref name="pidNamespace"/> (a
    /// link target of <c>/proc/self/ns/pid</c>).</summary>
    public static bool SharesPidNamespace(string pidNamespace) => ThisPidNamespace() == pidNamespace;

    /// <summary>This process's PID namespace, such as <c>pid:[4026531836]</c>, or null where there is no
    /// <c>/proc</c>.</summary>
    public static string? ThisPidNamespace()
    {
        try
        {
            return new FileInfo("/proc/self/ns/pid").LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Returns once <paramref name="owner"/> no longer runs (at once if it never ran here); says on <paramref
    /// name="log"/> how it waits.</summary>
    public static async Task WaitForEndAsync(string owner, TextWriter log, CancellationToken cancellationToken)
    {
        var pid = ProcessIdOf(owner);
        var pidFd = pid is { } id ? SysCall(PidFdOpenCall, id, 0) : -1;
        try
        {
            // Checked after opening: a pidfd taken before the check is the owner's, not a later process reusing its id.
            if (pid is null || ContainerLabels.IsDeadOwner(owner))
                return;
            if (pidFd >= 0)
            {
                await log.WriteLineAsync($"reaper: waiting for {owner} to end (pidfd)");
                if (await WaitReadableAsync((int)pidFd).WaitAsync(cancellationToken))
                    return;
            }
            await log.WriteLineAsync($"reaper: looking for {owner} every {PollInterval.TotalMilliseconds:0} ms");
            while (!ContainerLabels.IsDeadOwner(owner))
                await Task.Delay(PollInterval, cancellationToken);
        }
        finally
        {
            // Left open while a waiting thread may still poll it (cancelled): the process is ending anyway.
            if (pidFd >= 0 && !cancellationToken.IsCancellationRequested)
                Close((int)pidFd);
        }
    }

    private static int? ProcessIdOf(string owner) =>
        owner.Split('/') is [_, var pid, _]
        && int.TryParse(pid, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
        && id > 0
            ? id
            : null;

    // Whether the pidfd became readable (the process ended); false when poll(2) failed otherwise. poll blocks, so
    // it gets a thread of its own rather than one of the pool's.
    private static Task<bool> WaitReadableAsync(int fd) =>
        Task.Factory.StartNew(
            () =>
            {
                unsafe
                {
                    var entry = new PollFd { Fd = fd, Events = PollIn };
                    int ready;
                    while ((ready = Poll(&entry, 1, -1)) < 0 && Marshal.GetLastPInvokeError() == Interrupted)
                    {
                        // A signal interrupted the wait: wait again.
                    }
                    return ready > 0 && (entry.ReturnedEvents & PollIn) != 0;
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default
        );
}
