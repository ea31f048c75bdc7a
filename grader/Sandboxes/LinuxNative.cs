using System.Runtime.InteropServices;

namespace Grader.Sandboxes;

/// <summary>The few Linux system calls the namespace sandbox needs and .NET does not wrap.</summary>
internal static partial class LinuxNative
{
    /// <summary>CLONE_NEWNET: a new network namespace for the calling thread.</summary>
    public const int CloneNewNet = 0x40000000;

    private const ulong SiocGetInterfaceFlags = 0x8913;
    private const ulong SiocSetInterfaceFlags = 0x8914;
    private const short InterfaceUp = 0x1;
    private const int AfInet = 2;
    private const int SockDgram = 2;

    [LibraryImport("libc", EntryPoint = "unshare", SetLastError = true)]
    public static partial int Unshare(int flags);

    [LibraryImport("libc", EntryPoint = "setns", SetLastError = true)]
    public static partial int SetNamespace(int fd, int nsType);

    [LibraryImport("libc", EntryPoint = "gettid")]
    public static partial int GetThreadId();

    [LibraryImport("libc", EntryPoint = "socket", SetLastError = true)]
    private static partial int Socket(int domain, int type, int protocol);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int fd);

    [LibraryImport("libc", EntryPoint = "ioctl", SetLastError = true)]
    private static unsafe partial int IoControl(int fd, ulong request, byte* argument);

    /// <summary>Brings the loopback interface of the calling thread's network namespace up.</summary>
    public static unsafe void BringLoopbackUp()
    {
        var fd = Socket(AfInet, SockDgram, 0);
        if (fd < 0) throw LastError("socket");
        try
        {
            // struct ifreq: 16 bytes of interface name, then a union whose first member is the short flags.
            var request = stackalloc byte[40];
            new Span<byte>(request, 40).Clear();
            "lo"u8.CopyTo(new Span<byte>(request, 16));
            if (IoControl(fd, SiocGetInterfaceFlags, request) != 0) throw LastError("ioctl(SIOCGIFFLAGS)");
            *(short*)(request + 16) |= InterfaceUp;
            if (IoControl(fd, SiocSetInterfaceFlags, request) != 0) throw LastError("ioctl(SIOCSIFFLAGS)");
        }
        finally
        {
            _ = Close(fd);
        }
    }

    /// <summary>An exception that carries the failed call and the operating system's reason.</summary>
    public static SandboxUnavailableException LastError(string call) =>
        new($"{call} failed: {Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}");
}
