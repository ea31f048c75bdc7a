using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace Grader.Labs.UdpPinger.Probe;

/// <summary>
/// When the kernel received the last datagram read from a socket (Linux's <c>SIOCGSTAMPNS</c>), on the real-time
/// clock: a ping's arrival as the network saw it, not as late as a busy grader got round to reading it, so that load on
/// the grader's machine never shortens or stretches the gaps and holds the judge measures.
/// </summary>
internal static partial class ArrivalStamps
{
    // SIOCGSTAMPNS, from <linux/sockios.h>.
    private const nuint SiocGStampNs = 0x8907;

    /// <summary>Asks the kernel to stamp every datagram the socket receives from now on (the first request enables
    /// it, and has no datagram to answer for).</summary>
    public static void Enable(Socket socket) => _ = LastArrival(socket);

    /// <summary>When the datagram last read from <paramref name="socket"/> arrived, in UTC; null where the kernel
    /// cannot say.</summary>
    public static DateTime? LastArrival(Socket socket)
    {
        ArgumentNullException.ThrowIfNull(socket);
        if (!OperatingSystem.IsLinux() || !Environment.Is64BitProcess)
            return null;
        if (Ioctl((int)socket.SafeHandle.DangerousGetHandle(), SiocGStampNs, out var stamp) != 0 || stamp.Seconds <= 0)
            return null;
        return DateTime.UnixEpoch.AddTicks(
            (stamp.Seconds * TimeSpan.TicksPerSecond) + (stamp.Nanoseconds / TimeSpan.NanosecondsPerTick)
        );
    }

    [LibraryImport("libc", EntryPoint = "ioctl", SetLastError = true)]
    private static partial int Ioctl(int fd, nuint request, out TimeSpec value);

    // struct timespec on a 64-bit Linux.
    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
