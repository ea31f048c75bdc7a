using System.Net;
using System.Net.Sockets;
using Grader.Rubric;
using Grader.Sandboxes;

namespace Grader.Probes;

/// <summary>
/// Ends the TIME_WAIT that connections keep for a minute on a port after its side closed first, where the probe shares
/// the port with the programs (the direct sandbox). A student's server binds without <c>SO_REUSEADDR</c>, as the
/// lecture's does, and that bind fails while any connection on its port waits so. A new connection from the old one's
/// far address to the port ends the wait: the kernel lets a new SYN take a connection in TIME_WAIT over, and where it
/// does not, the reset the new socket answers with ends the wait as well (Linux's default,
/// <c>net.ipv4.tcp_rfc1337 = 0</c>). With no one listening on the port any more, the SYN is refused and nothing stays.
/// </summary>
public static class TimeWaitRelease
{
    private const int TcpTimeWait = 6;
    private static readonly TimeSpan AtMost = TimeSpan.FromSeconds(1);

    /// <summary>Ends every TIME_WAIT on <paramref name="port"/> in <paramref name="network"/>'s socket table; call it once
    /// nothing listens there. A wait it cannot end (the far address is taken again) is left.</summary>
    public static async Task ReleaseAsync(ISandboxNetwork network, int port, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(network);
        foreach (var wait in Waits(network.ReadSocketStates(), port))
            await ReleaseAsync(network, port, wait.Local!, wait.Remote!, cancellationToken);
    }

    private static IEnumerable<SocketEntry> Waits(SocketTable? table, int port) =>
        table?.Entries.Where(e =>
            e is { Transport: Transport.Tcp, State: TcpTimeWait, Local: not null, Remote: not null }
            && e.LocalPort == port
        ) ?? [];

    private static async Task ReleaseAsync(
        ISandboxNetwork network,
        int port,
        IPEndPoint local,
        IPEndPoint remote,
        CancellationToken cancellationToken
    )
    {
        using var socket = await network.CreateSocketAsync(remote.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        socket.LingerState = new LingerOption(true, 0);
        try
        {
            socket.Bind(remote);
        }
        catch (SocketException)
        {
            return; // the far address is in use again: this wait is not the probe's to end
        }
        // The refusal comes at once; a reset answered instead ends the wait, and the connect would retry a second
        // later, so it is given up once the table no longer shows the wait.
        using var done = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        done.CancelAfter(AtMost);
        var connecting = socket.ConnectAsync(local, done.Token).AsTask();
        var poll = TimeSpan.FromMilliseconds(1);
        while (!connecting.IsCompleted && Waits(network.ReadSocketStates(), port).Any(w => remote.Equals(w.Remote)))
        {
            await Task.WhenAny(connecting, Task.Delay(poll, done.Token));
            poll = TimeSpan.FromTicks(Math.Min(poll.Ticks * 2, TimeSpan.FromMilliseconds(20).Ticks));
        }
        try
        {
            await done.CancelAsync();
            await connecting;
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException)
        {
            // Refused, or given up: either way the wait has ended or cannot be.
        }
        cancellationToken.ThrowIfCancellationRequested();
    }
}
