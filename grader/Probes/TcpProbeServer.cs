using System.Net;
using System.Net.Sockets;
using Grader.Results;
using Grader.Sandboxes;

namespace Grader.Probes;

/// <summary>The grader's stand-in for the lab's TCP server, listening on 127.0.0.1 and ::1 inside a sandbox network.</summary>
public sealed class TcpProbeServer : IDisposable
{
    private readonly IReadOnlyList<Socket> _listeners;
    private readonly Transcript _transcript;
    private readonly List<Task<Socket>> _pendingAccepts = [];
    private int _accepted;

    private TcpProbeServer(IReadOnlyList<Socket> listeners, Transcript transcript)
    {
        _listeners = listeners;
        _transcript = transcript;
    }

    /// <summary>Starts listening on <paramref name="port"/>; ::1 only where the network has IPv6.</summary>
    public static async Task<TcpProbeServer> StartAsync(ISandboxNetwork network, int port, Transcript transcript)
    {
        var listeners = new List<Socket>();
        foreach (var address in new[] { IPAddress.Loopback, IPAddress.IPv6Loopback })
        {
            var socket = await network.CreateSocketAsync(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                socket.Bind(new IPEndPoint(address, port));
                socket.Listen(16);
                listeners.Add(socket);
            }
            catch (SocketException) when (address.Equals(IPAddress.IPv6Loopback))
            {
                socket.Dispose(); // no IPv6 here: IPv4 is what the lab uses anyway
            }
            catch
            {
                socket.Dispose();
                listeners.ForEach(l => l.Dispose());
                throw;
            }
        }
        return new TcpProbeServer(listeners, transcript);
    }

    /// <summary>
    /// Waits for the program to connect, at most until <paramref name="giveUp"/> completes; the connection's deadlines
    /// count the program's time, <paramref name="clock"/>.
    /// </summary>
    /// <returns>The connection, or null when <paramref name="giveUp"/> came first.</returns>
    public async Task<TcpConnection?> AcceptAsync(Task giveUp, Launching.ProgramClock clock, CancellationToken cancellationToken)
    {
        if (_pendingAccepts.Count == 0)
            _pendingAccepts.AddRange(_listeners.Select(l => l.AcceptAsync(cancellationToken).AsTask()));
        var first = await Task.WhenAny(_pendingAccepts.Append(giveUp.ContinueWith(_ => (Socket)null!, TaskScheduler.Default)));
        if (first.Result is not { } socket) return null;
        var index = _pendingAccepts.IndexOf(first);
        _pendingAccepts[index] = _listeners[index].AcceptAsync(cancellationToken).AsTask();
        socket.NoDelay = true;
        var peer = $"connection {++_accepted}";
        _transcript.Add(peer, TranscriptEvent.Accepted, $"from {socket.RemoteEndPoint}");
        return new TcpConnection(socket, _transcript, peer, clock);
    }

    /// <summary>Stops listening.</summary>
    public void Dispose()
    {
        foreach (var listener in _listeners) listener.Dispose();
    }
}
