using System.Net;
using System.Net.Sockets;
using Grader.Results;
using Grader.Sandboxes;

namespace Grader.Probes;

/// <summary>The grader's stand-in for the lab's UDP server, bound to 127.0.0.1 and ::1 inside a sandbox network.</summary>
public sealed class UdpProbeServer : IDisposable
{
    private readonly IReadOnlyList<Socket> _sockets;
    private readonly Transcript _transcript;
    private readonly Dictionary<Task<(Datagram Datagram, Socket Socket)>, Socket> _pending = [];

    private UdpProbeServer(IReadOnlyList<Socket> sockets, Transcript transcript)
    {
        _sockets = sockets;
        _transcript = transcript;
    }

    /// <summary>Binds <paramref name="port"/>; ::1 only where the network has IPv6.</summary>
    public static async Task<UdpProbeServer> StartAsync(ISandboxNetwork network, int port, Transcript transcript)
    {
        var sockets = new List<Socket>();
        foreach (var address in new[] { IPAddress.Loopback, IPAddress.IPv6Loopback })
        {
            var socket = await network.CreateSocketAsync(address.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
            try
            {
                socket.Bind(new IPEndPoint(address, port));
                sockets.Add(socket);
            }
            catch (SocketException) when (address.Equals(IPAddress.IPv6Loopback))
            {
                socket.Dispose();
            }
            catch
            {
                socket.Dispose();
                sockets.ForEach(s => s.Dispose());
                throw;
            }
        }
        return new UdpProbeServer(sockets, transcript);
    }

    /// <summary>Waits for a datagram, at most until <paramref name="giveUp"/> completes; null when it came first.</summary>
    public async Task<Datagram?> ReceiveAsync(Task giveUp, CancellationToken cancellationToken)
    {
        foreach (var socket in _sockets.Where(s => !_pending.ContainsValue(s)))
            _pending[ReceiveFromAsync(socket, cancellationToken)] = socket;
        var done = Task.WhenAny(_pending.Keys);
        if (await Task.WhenAny(done, giveUp) != done) return null;
        var first = await done;
        _pending.Remove(first);
        var (datagram, _) = await first;
        _transcript.Add("client", TranscriptEvent.Received, $"{datagram.Text} (from {datagram.From})", datagram.Bytes.Length);
        return datagram;
    }

    /// <summary>Sends <paramref name="reply"/> to where <paramref name="request"/> came from.</summary>
    public async Task ReplyAsync(Datagram request, ReadOnlyMemory<byte> reply, CancellationToken cancellationToken)
    {
        var socket = _sockets.First(s => s.AddressFamily == request.From.AddressFamily);
        _transcript.AddBytes("client", TranscriptEvent.Sent, reply.Span);
        await socket.SendToAsync(reply, SocketFlags.None, request.From, cancellationToken);
    }

    private static async Task<(Datagram, Socket)> ReceiveFromAsync(Socket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[65536];
        var any = socket.AddressFamily == AddressFamily.InterNetwork ? new IPEndPoint(IPAddress.Any, 0) : new IPEndPoint(IPAddress.IPv6Any, 0);
        var result = await socket.ReceiveFromAsync(buffer, SocketFlags.None, any, cancellationToken);
        return (new Datagram(buffer[..result.ReceivedBytes], (IPEndPoint)result.RemoteEndPoint), socket);
    }

    /// <summary>Closes the sockets.</summary>
    public void Dispose()
    {
        foreach (var socket in _sockets) socket.Dispose();
    }
}
