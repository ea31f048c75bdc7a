using System.Net.Sockets;
using Grader.Launching;

namespace Grader.Sandboxes;

/// <summary>
/// Linux namespaces: every launch gets a fresh network namespace with only loopback (so every program may
/// bind port 12000 at once, and no TIME_WAIT of an earlier launch is in the way) and a PID namespace of its own
/// (so killing the program kills all it started), and dies with the grader.
/// </summary>
public sealed class NamespaceSandbox : ISandbox
{
    /// <inheritdoc />
    public string Name => "namespace";

    /// <inheritdoc />
    public string Description => "a fresh network and PID namespace per launch (only loopback inside)";

    /// <summary>Whether this machine can create the namespaces, and if not, why.</summary>
    public static async Task<(bool Available, string Reason)> ProbeAsync(CancellationToken cancellationToken)
    {
        if (!OperatingSystem.IsLinux()) return (false, "network namespaces exist only on Linux");
        if (HostTools.NsEnter is null || HostTools.Unshare is null) return (false, "nsenter and unshare (util-linux) are not installed");
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
    public async Task<ISandboxNetwork> OpenNetworkAsync(CancellationToken cancellationToken) =>
        new Network(await NetworkNamespace.CreateAsync(cancellationToken));

    private sealed class Network(NetworkNamespace ns) : ISandboxNetwork
    {
        public Task<Socket> CreateSocketAsync(AddressFamily family, SocketType type, ProtocolType protocol) =>
            ns.CreateSocketAsync(family, type, protocol);

        public bool SeesOnlyTheProgram => true;

        public ProgramCommand Confine(ProgramCommand command) =>
            HostTools.DieWithGrader(
                command
                    // PID 1 of its own PID namespace: when it dies, the kernel kills everything it started.
                    .WrappedBy(HostTools.Unshare!, "--pid", "--fork", "--kill-child", "--mount-proc")
                    .WrappedBy(HostTools.NsEnter!, $"--net={ns.NamespacePath}"));

        public SocketTable ReadSocketTable() => SocketTable.Read(ns.ReadSocketTable);

        public void Dispose() => ns.Dispose();
    }
}
