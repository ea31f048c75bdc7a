using System.Net.Sockets;
using System.Runtime.Versioning;
using Grader.Threading;

namespace Grader.Sandboxes;

/// <summary>
/// A fresh Linux network namespace with only loopback in it, held by one dedicated thread of the grader.
/// Sockets created through it live in the namespace for their whole life, whichever thread uses them later,
/// so the grader's probes talk to a program inside the namespace as if they were beside it.
/// </summary>
[SupportedOSPlatform("linux")]
internal sealed class NetworkNamespace : IDisposable
{
    private readonly DedicatedThread _thread;
    private readonly int _threadId;

    private NetworkNamespace(DedicatedThread thread, int threadId, bool everyPortOpen)
    {
        _thread = thread;
        _threadId = threadId;
        EveryPortOpen = everyPortOpen;
    }

    /// <summary>Whether a program may bind any port here, low ones included (<see cref="PrivilegedPorts"/>).</summary>
    public bool EveryPortOpen { get; }

    /// <summary>The namespace's file, for <c>nsenter --net=</c>; valid while this object is not disposed.</summary>
    public string NamespacePath => $"/proc/{Environment.ProcessId}/task/{_threadId}/ns/net";

    /// <summary>Creates a namespace; fails with <see cref="SandboxUnavailableException"/> when the kernel
    /// refuses.</summary>
    public static async Task<NetworkNamespace> CreateAsync(CancellationToken cancellationToken)
    {
        var thread = new DedicatedThread("network namespace");
        try
        {
            var (threadId, everyPortOpen) = await thread
                .InvokeAsync(() =>
                {
                    NamespaceNursery.Enter();
                    if (LinuxNative.Unshare(LinuxNative.CloneNewNet) != 0)
                        throw LinuxNative.LastError("unshare(CLONE_NEWNET)");
                    LinuxNative.BringLoopbackUp();
                    // Nothing else is in the namespace, so no port of it needs guarding from an unprivileged program.
                    return (LinuxNative.GetThreadId(), PrivilegedPorts.OpenEveryPort());
                })
                .WaitAsync(cancellationToken);
            return new NetworkNamespace(thread, threadId, everyPortOpen);
        }
        catch
        {
            thread.Dispose();
            throw;
        }
    }

    /// <summary>The thread's mount namespace, for <c>nsenter --mount=</c>: after <see cref="EnterRootAsync"/>, the
    /// launch's own file system.</summary>
    public string MountNamespacePath => $"/proc/{Environment.ProcessId}/task/{_threadId}/ns/mnt";

    /// <summary>Builds <paramref name="root"/> in a mount namespace of the holding thread's own.</summary>
    /// <exception cref="SandboxUnavailableException">The kernel refused a mount.</exception>
    public Task EnterRootAsync(LaunchRoot root, CancellationToken cancellationToken) =>
        _thread
            .InvokeAsync(() =>
            {
                if (!OperatingSystem.IsLinux())
                    throw new SandboxUnavailableException("mount namespaces exist only on Linux");
                root.Enter();
                return true;
            })
            .WaitAsync(cancellationToken);

    /// <summary>
    /// Delivers every IPv4 address, and every IPv6 address where the namespace has IPv6, to the namespace's loopback,
    /// so a program that connects to a hard-coded address or sends its name lookups to a name server reaches the
    /// grader's probes instead of a network the namespace does not have.
    /// </summary>
    /// <exception cref="SandboxUnavailableException">The kernel refused the IPv4 route.</exception>
    public Task RouteEveryAddressToLoopbackAsync(CancellationToken cancellationToken) =>
        _thread
            .InvokeAsync(() =>
            {
                LinuxNative.RouteEveryAddressToLoopback(LinuxNative.AfInet);
                try
                {
                    LinuxNative.RouteEveryAddressToLoopback(LinuxNative.AfInet6);
                }
                catch (SandboxUnavailableException)
                {
                    // No IPv6 here (disabled in the kernel): the lab's programs use IPv4.
                }
                return true;
            })
            .WaitAsync(cancellationToken);

    /// <summary>Creates a socket inside the namespace.</summary>
    public Task<Socket> CreateSocketAsync(AddressFamily family, SocketType type, ProtocolType protocol) =>
        _thread.InvokeAsync(() => new Socket(family, type, protocol));

    /// <summary>Reads one of the namespace's socket tables, such as <c>tcp</c> or <c>udp6</c>.</summary>
    public string ReadSocketTable(string name)
    {
        var path = $"/proc/{Environment.ProcessId}/task/{_threadId}/net/{name}";
        return File.Exists(path) ? File.ReadAllText(path) : "";
    }

    /// <summary>Ends the holding thread; the kernel frees the namespace once nothing in it is left.</summary>
    public void Dispose() => _thread.Dispose();
}
