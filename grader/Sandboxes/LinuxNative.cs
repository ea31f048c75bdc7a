using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace Grader.Sandboxes;

/// <summary>The few Linux system calls the namespace sandbox needs and .NET does not wrap.</summary>
[SupportedOSPlatform("linux")]
internal static partial class LinuxNative
{
    /// <summary>CLONE_NEWNET: a new network namespace for the calling thread.</summary>
    public const int CloneNewNet = 0x40000000;

    /// <summary>CLONE_NEWNS: a new mount namespace (and file-system context) for the calling thread.</summary>
    public const int CloneNewNs = 0x00020000;

    /// <summary>Mount flags, as in &lt;sys/mount.h&gt;.</summary>
    public const ulong MountReadOnly = 1,
        MountNoSetUid = 2,
        MountNoDevices = 4,
        MountRemount = 32,
        MountBind = 4096,
        MountRecursive = 16384,
        MountPrivate = 1 << 18;

    private const int UnmountDetach = 2;

    private const ulong SiocGetInterfaceFlags = 0x8913;
    private const ulong SiocSetInterfaceFlags = 0x8914;
    private const short InterfaceUp = 0x1;
    private const int SockDgram = 2;

    /// <summary>AF_INET: IPv4.</summary>
    public const int AfInet = 2;

    /// <summary>AF_INET6: IPv6.</summary>
    public const int AfInet6 = 10;

    // Netlink's routing protocol, as in <linux/netlink.h> and <linux/rtnetlink.h>.
    private const int AfNetlink = 16,
        SockRaw = 3,
        SockCloseOnExec = 0x80000,
        NetlinkRoute = 0;
    private const ushort RtmNewRoute = 24,
        NlmsgError = 2,
        RtaOutputInterface = 4;
    private const int NlmRequest = 0x1,
        NlmAck = 0x4,
        NlmExclusive = 0x200,
        NlmCreate = 0x400;
    private const byte RtTableLocal = 255,
        RtProtocolBoot = 3,
        RtScopeHost = 254,
        RtnLocal = 2;

    // Loopback is the first interface of every network namespace, so its index is always 1.
    private const int LoopbackIndex = 1;

    [LibraryImport("libc", EntryPoint = "unshare", SetLastError = true)]
    public static partial int Unshare(int flags);

    [LibraryImport("libc", EntryPoint = "setns", SetLastError = true)]
    public static partial int SetNamespace(int fd, int nsType);

    [LibraryImport("libc", EntryPoint = "mount", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int MountCall(string? source, string target, string? type, ulong flags, string? data);

    [LibraryImport("libc", EntryPoint = "umount2", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int UnmountCall(string target, int flags);

    [LibraryImport("libc", EntryPoint = "lchown", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int LChown(string path, int owner, int group);

    [LibraryImport("libc", EntryPoint = "chdir", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int ChDir(string path);

    [LibraryImport("libc", EntryPoint = "syscall", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial long SysCall(long number, string first, string second);

    [LibraryImport("libc", EntryPoint = "getuid")]
    public static partial int GetUserId();

    /// <summary>mount(2); throws <see cref="SandboxUnavailableException"/> naming the target when the kernel
    /// refuses.</summary>
    public static void Mount(string? source, string target, string? type, ulong flags, string? data = null)
    {
        if (MountCall(source, target, type, flags, data) != 0)
            throw LastError($"mount {target}");
    }

    /// <summary>Detaches the mount at <paramref name="target"/> and everything below it.</summary>
    public static void Detach(string target)
    {
        if (UnmountCall(target, UnmountDetach) != 0)
            throw LastError($"umount {target}");
    }

    /// <summary>Gives <paramref name="path"/> (not what a link points to) to <paramref name="user"/>.</summary>
    public static void Chown(string path, int user)
    {
        if (LChown(path, user, user) != 0)
            throw LastError($"chown {path}");
    }

    /// <summary>Changes the calling thread's working directory (its own once it has a file-system context of its
    /// own).</summary>
    public static void ChangeDirectory(string path)
    {
        if (ChDir(path) != 0)
            throw LastError($"chdir {path}");
    }

    /// <summary>pivot_root(2), which glibc does not wrap: <paramref name="newRoot"/> becomes the root of the calling
    /// thread's mount namespace.</summary>
    public static void PivotRoot(string newRoot, string putOld)
    {
        long number = RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 => 155,
            Architecture.Arm64 => 41,
            var other => throw new SandboxUnavailableException($"pivot_root is not known on {other}"),
        };
        if (SysCall(number, newRoot, putOld) != 0)
            throw LastError("pivot_root");
    }

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
        if (fd < 0)
            throw LastError("socket");
        try
        {
            // struct ifreq: 16 bytes of interface name, then a union whose first member is the short flags.
            var request = stackalloc byte[40];
            new Span<byte>(request, 40).Clear();
            "lo"u8.CopyTo(new Span<byte>(request, 16));
            if (IoControl(fd, SiocGetInterfaceFlags, request) != 0)
                throw LastError("ioctl(SIOCGIFFLAGS)");
            *(short*)(request + 16) |= InterfaceUp;
            if (IoControl(fd, SiocSetInterfaceFlags, request) != 0)
                throw LastError("ioctl(SIOCSIFFLAGS)");
        }
        finally
        {
            _ = Close(fd);
        }
    }

    [LibraryImport("libc", EntryPoint = "send", SetLastError = true)]
    private static unsafe partial nint Send(int fd, byte* buffer, nuint length, int flags);

    [LibraryImport("libc", EntryPoint = "recv", SetLastError = true)]
    private static unsafe partial nint Receive(int fd, byte* buffer, nuint length, int flags);

    /// <summary>
    /// Makes every address of <paramref name="family"/> (<see cref="AfInet"/> or <see cref="AfInet6"/>) local to the
    /// calling thread's network namespace, delivered through loopback: <c>ip route add local 0.0.0.0/0 dev lo</c>,
    /// as one netlink RTM_NEWROUTE message. A socket listening on the wildcard address then hears a connection to any
    /// address, and sees which one it was.
    /// </summary>
    public static unsafe void RouteEveryAddressToLoopback(int family)
    {
        var fd = Socket(AfNetlink, SockRaw | SockCloseOnExec, NetlinkRoute);
        if (fd < 0)
            throw LastError("socket(AF_NETLINK)");
        try
        {
            // struct nlmsghdr (16 bytes), struct rtmsg (12 bytes), one attribute RTA_OIF (8 bytes), little-endian as
            // the host.
            const int length = 36;
            var message = stackalloc byte[length];
            var span = new Span<byte>(message, length);
            span.Clear();
            BitConverter.TryWriteBytes(span[0..4], length);
            BitConverter.TryWriteBytes(span[4..6], RtmNewRoute);
            BitConverter.TryWriteBytes(span[6..8], (ushort)(NlmRequest | NlmAck | NlmExclusive | NlmCreate));
            BitConverter.TryWriteBytes(span[8..12], 1); // sequence number
            span[16] = (byte)family;
            span[17] = 0; // prefix length 0: every address
            span[20] = RtTableLocal;
            span[21] = RtProtocolBoot;
            span[22] = RtScopeHost;
            span[23] = RtnLocal;
            BitConverter.TryWriteBytes(span[28..30], (ushort)8);
            BitConverter.TryWriteBytes(span[30..32], RtaOutputInterface);
            BitConverter.TryWriteBytes(span[32..36], LoopbackIndex);
            if (Send(fd, message, length, 0) != length)
                throw LastError("send(RTM_NEWROUTE)");

            // The kernel acknowledges with NLMSG_ERROR, whose first field after the header is 0 or a negative errno.
            var reply = stackalloc byte[1024];
            var read = Receive(fd, reply, 1024, 0);
            if (read < 20)
                throw LastError("recv(RTM_NEWROUTE)");
            var error = *(int*)(reply + 16);
            if (*(ushort*)(reply + 4) == NlmsgError && error != 0)
                throw new SandboxUnavailableException(
                    $"adding a local route for every address failed: {Marshal.GetPInvokeErrorMessage(-error)}"
                );
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
