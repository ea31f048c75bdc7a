using System.Net.Sockets;
using System.Runtime.Versioning;
using Grader.Launching;
using Grader.Rubric;

namespace Grader.Sandboxes;

/// <summary>
/// No isolation: programs run on this machine's own port (the lab's), one launch at a time per transport across the whole
/// grader (a TCP and a UDP program share no port), as the grader's user. Each still runs in a fresh copy of its folders
/// and within the kernel's limits on CPU time, memory and file size. The fallback where namespaces are unavailable, and
/// what the grader inside a docker sandbox's container uses, the container being the isolation: there each launch also
/// runs as a user of its own (<see cref="LaunchUsers"/>), so it can neither signal nor inspect the grader, whose
/// results it could otherwise forge.
/// </summary>
/// <param name="userPerLaunch">Whether each launch runs as a user of its own with a clean environment (the grader must
/// be root).</param>
[SupportedOSPlatform("linux")]
public sealed class DirectSandbox(bool userPerLaunch = false) : ISandbox
{
    private static readonly SemaphoreSlim OneBuildAtATime = new(1, 1);

    /// <summary>The direct sandbox as this process should run it: with a user per launch when it is the grader in a
    /// container.</summary>
    public static DirectSandbox ForThisProcess() =>
        new(userPerLaunch: LaunchUsers.IsAssigned && HostTools.SetPriv is not null && HostTools.Env is not null);

    /// <summary>Whether this is the grader in a docker sandbox's container, whose loopback is the submission's
    /// alone.</summary>
    public bool InContainer => userPerLaunch;

    /// <summary>Whether each launch's traffic is captured, and how much; null for none. Only in a container: there the
    /// loopback is the submission's, and one launch at a time per transport uses it, so a launch's capture is the
    /// packets of its transport.</summary>
    public CaptureSettings? Captures { get; init; }

    /// <inheritdoc />
    public string Name => "direct";

    /// <inheritdoc />
    public string Describe(int port) =>
        userPerLaunch
            ? "the container's own loopback, one launch at a time per transport, each as an unprivileged user of its own"
            : $"no isolation: programs use this machine's port {port}, one launch at a time per transport";

    /// <inheritdoc />
    public async Task<ISandboxNetwork> OpenNetworkAsync(Transport? transport, CancellationToken cancellationToken)
    {
        // The lab's port of TCP and its port of UDP are two ports: one launch at a time on each. A build uses no port;
        // with users of their own, builds take turns, each lent the work folder in its turn.
        var turn = HostPortTurns.Of(transport) ?? (userPerLaunch ? OneBuildAtATime : null);
        if (turn is not null)
            await turn.WaitAsync(cancellationToken);
        PacketCapture? capture = null;
        if (Captures is { } settings && userPerLaunch && transport is { } only)
            (capture, _) = await PacketCapture.StartAsync(
                (family, type, protocol) => Task.FromResult(new Socket(family, type, protocol)),
                settings,
                only
            );
        return new Network(turn, userPerLaunch, capture);
    }

    private sealed class Network(SemaphoreSlim? turn, bool userPerLaunch, PacketCapture? capture) : ISandboxNetwork
    {
        public PacketCapture? Capture => capture;

        private int _disposed;
        private DirectoryInfo? _scratch;
        private int? _user;
        private IReadOnlyList<string> _lent = [];

        public Task<Socket> CreateSocketAsync(AddressFamily family, SocketType type, ProtocolType protocol) =>
            Task.FromResult(new Socket(family, type, protocol));

        public bool SeesOnlyTheProgram => false;

        public string? WhyPortIsPrivileged(int port)
        {
            var first = PrivilegedPorts.FirstUnprivileged();
            if (port >= first || !userPerLaunch && Environment.IsPrivilegedProcess)
                return null;
            var who = userPerLaunch ? "an unprivileged user of its own" : $"your user ({Environment.UserName})";
            return $"the direct sandbox runs each program as {who} on this machine's network, where a port below {first} takes root (net.ipv4.ip_unprivileged_port_start); grade as root with the namespace sandbox, where every launch has a network of its own and may bind any port";
        }

        public Task<ProgramCommand> ConfineAsync(
            ProgramCommand command,
            LaunchLimits limits,
            CancellationToken cancellationToken
        )
        {
            if (userPerLaunch)
            {
                // A launch that writes folders in place (a build) runs as the user they are lent to; any other as a
                // fresh one.
                _lent = command.WritableFolders.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).ToList();
                _user = _lent.Count == 0 ? LaunchUsers.Next() : WritableFolderLoans.Lend(_lent);
            }
            var confined = InScratchCopy(command) with { WatchedScratch = Scratch().FullName };
            if (_user is not { } id)
            {
                // The kernel counts processes per user, and here the user is the grader's: the grader counts them
                // instead.
                return Task.FromResult(
                    HostTools.DieWithGrader(HostTools.Limit(confined, limits, limitProcesses: false))
                );
            }
            var home = Scratch().FullName;
            var asUser = HostTools.Limit(
                HostTools.AsLaunchUser(confined, id, HostTools.SystemPath, home),
                limits,
                limitProcesses: true
            );
            return Task.FromResult(HostTools.DieWithGrader(HostTools.EndingWithItsProcess(asUser, id)));
        }

        // The launch's scratch folder; with a user of its own, it owns it and everything copied into it.
        private DirectoryInfo Scratch()
        {
            if (_scratch is not null)
                return _scratch;
            _scratch = Directory.CreateTempSubdirectory("grader-launch-");
            if (_user is { } id)
                LinuxNative.Chown(_scratch.FullName, id);
            return _scratch;
        }

        // Copies the program's folders and points every path of the command at the copies.
        private ProgramCommand InScratchCopy(ProgramCommand command) =>
            ScratchLaunch.Into(command, Scratch, _user is { } id ? made => LinuxNative.Chown(made, id) : null);

        public SocketTable? ReadSocketTable() =>
            OperatingSystem.IsLinux()
                ? SocketTable.Read(name =>
                    File.Exists($"/proc/net/{name}") ? File.ReadAllText($"/proc/net/{name}") : ""
                )
                : null;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) != 0)
                return;
            // With a user of its own, nothing of the launch outlives it: not a daemon that left its process tree
            // either.
            if (_user is { } id)
            {
                HostTools.KillAllOf(id);
                // Killed is not yet ended: the next launch on this transport binds the port they may still hold.
                Launching.ProcessTree.WaitUntilUserHasNone(id);
            }
            WritableFolderLoans.Return(_lent);
            try
            {
                _scratch?.Delete(recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A file the program made read-only, or a folder it took away: the system's temporary folder is cleaned
                // anyway.
            }
            // Its programs have ended: the capture reads their last packets before the next launch takes the turn.
            capture?.Stop();
            turn?.Release();
        }
    }
}
