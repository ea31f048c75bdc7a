using System.Net.Sockets;
using System.Runtime.Versioning;
using Grader.Launching;
using Grader.Rubric;

namespace Grader.Sandboxes;

/// <summary>
/// Linux namespaces: every launch gets a fresh network namespace with only loopback (so every program may
/// bind the lab's port at once, and no TIME_WAIT of an earlier launch is in the way), a PID namespace of its own
/// (so killing the program kills all it started), a mount namespace whose root holds only the system's read-only
/// folders and a fresh copy of the program's folders (<see cref="LaunchRoot"/>), a user id of its own with no
/// privileges, and the kernel's limits; and it dies with the grader. A build tool's launch also writes its work folder
/// in place, lent to its user meanwhile (<see cref="WritableFolderLoans"/>). Rootless (a plain user's grader, restarted
/// as the root of a user namespace of its own, <see cref="UserNamespace"/>), the same but for what takes real root: each
/// launch runs as a user of its own in a user namespace of its own, which is the grader's user to the host (a real user
/// id per launch takes root), keeping that user's supplementary groups (the kernel refuses <c>setgroups</c> there); its
/// processes are still counted apart, from Linux 5.14.
/// </summary>
[SupportedOSPlatform("linux")]
public sealed class NamespaceSandbox : ISandbox
{
    /// <inheritdoc />
    public string Name => UserNamespace.IsEntered ? "namespace (rootless)" : "namespace";

    /// <inheritdoc />
    public string Describe(int port) =>
        UserNamespace.IsEntered
            ? "a fresh network, PID, mount and user namespace per launch (only loopback, only its own copy of the submission), as a user of its own there without capabilities; rootless, so to the host every launch is the grader's user, keeping its supplementary groups"
            : "a fresh network, PID and mount namespace per launch (only loopback, only its own copy of the submission), as an unprivileged user";

    /// <summary>Whether this machine can create the namespaces, and if not, why.</summary>
    public static async Task<(bool Available, string Reason)> ProbeAsync(CancellationToken cancellationToken)
    {
        if (!OperatingSystem.IsLinux())
            return (false, "network namespaces exist only on Linux");
        if (
            HostTools.NsEnter is null
            || HostTools.Unshare is null
            || HostTools.SetPriv is null
            || HostTools.PrLimit is null
            || HostTools.Env is null
        )
            return (false, "nsenter, unshare, setpriv and prlimit (util-linux) are not all installed");
        try
        {
            using var ns = await NetworkNamespace.CreateAsync(cancellationToken);
            return (true, "");
        }
        catch (SandboxUnavailableException e)
        {
            if (
                LinuxNative.GetUserId() != 0
                && !UserNamespace.IsEntered
                && await UserNamespace.RefusalAsync(cancellationToken) is { } refusal
            )
                return (false, $"{refusal}, and the grader does not run as root");
            return (false, $"the kernel refused a network namespace ({e.Message}); run as root or with CAP_SYS_ADMIN");
        }
    }

    /// <summary>Whether each launch's traffic is captured (not a build's), and how much; null for none.</summary>
    public CaptureSettings? Captures { get; init; }

    /// <inheritdoc />
    public async Task<ISandboxNetwork> OpenNetworkAsync(Transport? transport, CancellationToken cancellationToken)
    {
        var ns = await NetworkNamespace.CreateAsync(cancellationToken);
        PacketCapture? capture = null;
        // Before any program runs in it: the capture holds the launch's first packet.
        if (Captures is { } settings && transport is not null)
            (capture, _) = await PacketCapture.StartAsync(ns.CreateSocketAsync, settings);
        return new Network(ns, capture);
    }

    private sealed class Network(NetworkNamespace ns, PacketCapture? capture) : ISandboxNetwork
    {
        private IReadOnlyList<string> _lent = [];

        public PacketCapture? Capture => capture;

        public Task<Socket> CreateSocketAsync(AddressFamily family, SocketType type, ProtocolType protocol) =>
            ns.CreateSocketAsync(family, type, protocol);

        public bool SeesOnlyTheProgram => true;

        public string? WhyPortIsPrivileged(int port) =>
            ns.EveryPortOpen || port >= PrivilegedPorts.FirstUnprivileged()
                ? null
                : $"the kernel refused to open ports below {PrivilegedPorts.FirstUnprivileged()} in the launch's network namespace (it is older than Linux 4.11), and programs run unprivileged";

        public ProgramCommand Join(ProgramCommand command) =>
            command.WrappedBy(HostTools.NsEnter!, $"--net={ns.NamespacePath}");

        public async Task<ProgramCommand> ConfineAsync(
            ProgramCommand command,
            LaunchLimits limits,
            CancellationToken cancellationToken
        )
        {
            var workingDirectory = Path.GetFullPath(command.WorkingDirectory);
            var writable = command.WritableFolders.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).ToList();
            var copies = command.Folders.Select(Path.GetFullPath).ToList();
            if (!copies.Concat(writable).Any(folder => IsIn(workingDirectory, folder)))
                copies.Add(workingDirectory);
            var installations =
                Path.IsPathFullyQualified(command.FileName)
                && !copies.Concat(writable).Any(folder => IsIn(command.FileName, folder))
                    ? Installations(command.FileName)
                    : [];
            var path =
                installations.Count == 0
                    ? HostTools.SystemPath
                    : $"{Path.GetDirectoryName(command.FileName)}:{HostTools.SystemPath}";
            // A launch that writes folders in place runs as the user they are lent to; any other as a fresh one.
            // Rootless, it runs as a fresh one inside a user namespace of its own, the grader's user outside, which
            // owns its copies and writable folders already.
            var rootless = UserNamespace.IsEntered;
            var user =
                rootless || writable.Count == 0 ? LaunchUsers.Next() : WritableFolderLoans.Lend(_lent = writable);
            var root = new LaunchRoot(
                [.. installations, .. command.ReadOnlyPaths.Select(Path.GetFullPath)],
                copies,
                rootless ? 0 : user,
                limits.ScratchBytes ?? 64L << 20,
                workingDirectory
            )
            {
                WritableFolders = writable,
                Files = command.Files,
            };
            await ns.EnterRootAsync(root, cancellationToken);

            var inner = HostTools.AsLaunchUser(command, rootless ? null : user, path, home: "/tmp");
            // Rootless, the user namespace of the launch's own maps its user to the grader's, and counts its processes
            // apart from the grader's and other launches' where the kernel counts them per user and namespace (Linux
            // 5.14 and later); the unshare that waits for the launch is counted there too.
            return HostTools.DieWithGrader(
                HostTools
                    .Limit(
                        inner,
                        limits,
                        limitProcesses: !rootless || UserNamespace.CountsProcessesPerNamespace,
                        countedBeside: rootless ? 1 : 0
                    )
                    // PID 1 of its own PID namespace: when it dies, the kernel kills everything it started.
                    .WrappedBy(
                        HostTools.Unshare!,
                        [
                            .. rootless ? UserNamespace.OfLaunch(user) : [],
                            "--pid",
                            "--fork",
                            "--kill-child",
                            "--mount-proc",
                            $"--wd={workingDirectory}",
                        ]
                    )
                    .WrappedBy(HostTools.NsEnter!, $"--net={ns.NamespacePath}", $"--mount={ns.MountNamespacePath}")
            );
        }

        private static bool IsIn(string path, string folder) =>
            path == folder || path.StartsWith(folder + "/", StringComparison.Ordinal);

        public SocketTable ReadSocketTable() => SocketTable.Read(ns.ReadSocketTable);

        public async Task<bool> CatchEveryAddressAsync(CancellationToken cancellationToken)
        {
            try
            {
                await ns.RouteEveryAddressToLoopbackAsync(cancellationToken);
                return true;
            }
            catch (SandboxUnavailableException)
            {
                return false; // a kernel without local routes: the probes listen on loopback, as in the other sandboxes
            }
        }

        public void Dispose()
        {
            // After the network's programs and probes have ended: the capture reads their last packets, then stops.
            capture?.Stop();
            ns.Dispose();
            WritableFolderLoans.Return(Interlocked.Exchange(ref _lent, []));
        }

        // The installations a program or tool outside the system folders belongs to (a pyenv Python's prefix), which
        // the launch must see: where it is called from and, if that is a link, where the link leads.
        private static List<string> Installations(string fileName)
        {
            var real = File.ResolveLinkTarget(fileName, returnFinalTarget: true)?.FullName;
            return new[] { fileName, real }
                .OfType<string>()
                .Select(Installation)
                .OfType<string>()
                .Distinct(StringComparer.Ordinal)
                .ToList();
        }

        private static string? Installation(string fileName)
        {
            if (LaunchRoot.IsSystemPath(fileName))
                return null;
            var folder = Path.GetDirectoryName(fileName)!;
            return Path.GetFileName(folder) == "bin" ? Path.GetDirectoryName(folder) : folder;
        }
    }
}
