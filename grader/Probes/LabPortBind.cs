using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Grader.Sandboxes;

namespace Grader.Probes;

/// <summary>
/// Binds a probe's socket to the lab's port. Where the network is shared (the direct sandbox), the launch before may
/// hold that port a moment longer than its processes' end shows (a connection its server closed first waits in
/// TIME_WAIT, and one bound without <c>SO_REUSEADDR</c> blocks every bind), and another program of the machine may hold
/// it for good. The first is waited out; the second is said in one line.
/// </summary>
public static class LabPortBind
{
    private static readonly TimeSpan AtMost = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan LongestPoll = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// Binds <paramref name="socket"/> to <paramref name="endpoint"/>, trying again for up to five seconds while the port
    /// is in use, and ending the TIME_WAITs on a TCP port meanwhile.
    /// </summary>
    /// <exception cref="SandboxUnavailableException">The port stayed in use.</exception>
    public static async Task BindAsync(
        ISandboxNetwork network,
        Socket socket,
        IPEndPoint endpoint,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(socket);
        ArgumentNullException.ThrowIfNull(endpoint);
        var poll = TimeSpan.FromMilliseconds(1);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                socket.Bind(endpoint);
                return;
            }
            catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
            {
                if (clock.Elapsed >= AtMost)
                    throw new SandboxUnavailableException(InUse(socket.SocketType, endpoint.Port), e);
            }
            if (socket.SocketType == SocketType.Stream)
                await TimeWaitRelease.ReleaseAsync(network, endpoint.Port, cancellationToken);
            await Task.Delay(poll, cancellationToken);
            poll = TimeSpan.FromTicks(Math.Min(poll.Ticks * 2, LongestPoll.Ticks));
        }
    }

    private static string InUse(SocketType type, int port)
    {
        var (transport, ss) = type == SocketType.Stream ? ("TCP", "ss -ltnp") : ("UDP", "ss -lunp");
        return $"{transport} port {port} of this machine stayed in use by another program for {AtMost.TotalSeconds:0} s: stop it ('{ss} sport = :{port}' names it), or grade as root with the namespace sandbox, where each launch has a network of its own";
    }
}
