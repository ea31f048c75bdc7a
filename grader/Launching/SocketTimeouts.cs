using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace Grader.Launching;

/// <summary>
/// Reads a socket's receive timeout (<c>SO_RCVTIMEO</c>) in another process: a copy of its descriptor is taken with
/// <c>pidfd_getfd</c> (which needs ptrace rights over the process: the grader's own user, or root, or
/// <c>CAP_SYS_PTRACE</c>) and asked with <c>getsockopt</c>, then closed. The socket itself is not changed.
/// </summary>
[SupportedOSPlatform("linux")]
internal static partial class SocketTimeouts
{
    // Numbers shared by every architecture since Linux 5.6.
    private const long PidfdOpen = 434,
        PidfdGetfd = 438;
    private const int SolSocket = 1,
        SoRcvTimeo = 20;

    /// <summary>The receive timeout of descriptor <paramref name="fd"/> of process <paramref name="pid"/>:
    /// <see cref="TimeSpan.Zero"/> for none, or null when the grader may not look (or the process is gone).</summary>
    public static TimeSpan? Receive(int pid, int fd)
    {
        var pidfd = (int)SysCall(PidfdOpen, pid, 0, 0);
        if (pidfd < 0)
            return null;
        try
        {
            var copy = (int)SysCall(PidfdGetfd, pidfd, fd, 0);
            if (copy < 0)
                return null;
            try
            {
                Span<long> timeval = stackalloc long[2];
                var length = 2 * sizeof(long);
                unsafe
                {
                    fixed (long* value = timeval)
                    {
                        if (GetSocketOption(copy, SolSocket, SoRcvTimeo, value, ref length) != 0)
                            return null;
                    }
                }
                return TimeSpan.FromSeconds(timeval[0]) + TimeSpan.FromMicroseconds(timeval[1]);
            }
            finally
            {
                Close(copy);
            }
        }
        finally
        {
            Close(pidfd);
        }
    }

    [LibraryImport("libc", EntryPoint = "syscall", SetLastError = true)]
    private static partial long SysCall(long number, long first, long second, long third);

    [LibraryImport("libc", EntryPoint = "getsockopt", SetLastError = true)]
    private static unsafe partial int GetSocketOption(int socket, int level, int name, long* value, ref int length);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int fd);
}
