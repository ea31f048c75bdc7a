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
/// in place, lent to its user meanwhile (<see cref="WritableFolderLoans"/>).
/// </summary>
[SupportedOSPlatform("linux")]
public sealed class NamespaceSandbox : ISandbox
{
    /// <inheritdoc />
    public string Name => "namespace";

    /// <inheritdoc />
    public string Describe(int port) =>
        "a fresh network, PID and mount namespace per launch (only loopback, only its own copy of the submission), as an unprivileged user";

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
            return (false, $"the kernel refused a network namespace ({e.Message}); run as root or with CAP_SYS_ADMIN");
        }
    }

    /// <inheritdoc />
    public async Task<ISandboxNetwork> OpenNetworkAsync(Transport? transport, CancellationToken cancellationToken) =>
        new Network(await NetworkNamespace.CreateAsync(cancellationToken));

    private sealed class Network(NetworkNamespace ns) : ISandboxNetwork
    {
        private IReadOnlyList<string> _lent = [];

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
            var user = writable.Count == 0 ? LaunchUsers.Next() : WritableFolderLoans.Lend(_lent = writable);
            var root = new LaunchRoot(
                [.. installations, .. command.ReadOnlyPaths.Select(Path.GetFullPath)],
                copies,
                user,
                limits.ScratchBytes ?? 64L << 20,
                workingDirectory
            )
            {
                WritableFolders = writable,
                Files = command.Files,
            };
            await ns.EnterRootAsync(root, cancellationToken);

            var inner = HostTools.AsLaunchUser(command, user, path, home: "/tmp");
            return HostTools.DieWithGrader(
                HostTools
                    .Limit(inner, limits, limitProcesses: true)
                    // PID 1 of its own PID namespace: when it dies, the kernel kills everything it started.
                    .WrappedBy(
                        HostTools.Unshare!,
                        "--pid",
                        "--fork",
                        "--kill-child",
                        "--mount-proc",
                        $"--wd={workingDirectory}"
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
