using System.Net;
using System.Net.Sockets;
using Grader.Results;
using Grader.Rubric;
using Grader.Sandboxes;

namespace Grader.Probes;

/// <summary>
/// The grader's stand-in for the lab's UDP server, bound to 127.0.0.1 and ::1 inside a sandbox network, or to every
/// address where the network delivers every address to its loopback (<see
/// cref="ISandboxNetwork.CatchEveryAddressAsync"/>).
/// </summary>
public sealed class UdpProbeServer : IDisposable
{
    private readonly ProbeSockets _sockets;
    private readonly Transcript _transcript;
    private readonly string _peer;
    private readonly Dictionary<Task<Datagram>, Socket> _pending = [];
    private readonly List<IPEndPoint> _destinations = [];

    private UdpProbeServer(ProbeSockets sockets, Transcript transcript, string peer)
    {
        _sockets = sockets;
        _transcript = transcript;
        _peer = peer;
    }

    /// <summary>
    /// Binds <paramref name="port"/>; ::1 only where the network has IPv6. With <paramref name="everyAddress"/>, the
    /// wildcard addresses instead, to hear a program that sends to any address the network routes to loopback.
    /// <paramref name="peer"/> names the datagrams' sender in the transcript.
    /// </summary>
    public static async Task<UdpProbeServer> StartAsync(
        ISandboxNetwork network,
        int port,
        Transcript transcript,
        bool everyAddress = false,
        string peer = "client",
        CancellationToken cancellationToken = default
    )
    {
        var sockets = await ProbeSockets.BindAsync(
            network,
            Transport.Udp,
            port,
            everyAddress,
            cancellationToken: cancellationToken
        );
        return new UdpProbeServer(sockets, transcript, peer);
    }

    /// <summary>The address and port each datagram received was sent to, in order: which host the program sent
    /// to.</summary>
    public IReadOnlyList<IPEndPoint> Destinations
    {
        get
        {
            lock (_destinations)
                return [.. _destinations];
        }
    }

    /// <summary>Waits for a datagram, at most until <paramref name="giveUp"/> completes; null when it came
    /// first.</summary>
    public async Task<Datagram?> ReceiveAsync(Task giveUp, CancellationToken cancellationToken)
    {
        Task<Task<Datagram>> done;
        lock (_pending)
        {
            foreach (var idle in _sockets.All.Where(s => !_pending.ContainsValue(s)))
                _pending[ProbeSockets.ReceiveAsync(idle, new byte[65536], cancellationToken)] = idle;
            done = Task.WhenAny(_pending.Keys);
        }
        if (await Task.WhenAny(done, giveUp) != done)
            return null;
        var first = await done;
        lock (_pending)
            _pending.Remove(first);
        var datagram = await first;
        var destination = datagram.To!;
        lock (_destinations)
            _destinations.Add(destination);
        var sentTo = IPAddress.IsLoopback(destination.Address) ? "" : $", sent to {destination}";
        _transcript.Add(
            _peer,
            TranscriptEvent.Received,
            $"{datagram.Text} (from {datagram.From}{sentTo})",
            datagram.Bytes.Length
        );
        return datagram;
    }

    /// <summary>
    /// Whether the probe holds nothing the program sent that <see cref="ReceiveAsync"/> has not handed out: no datagram
    /// waits in its sockets, and no receive has taken one. A datagram sent over loopback is in the socket's queue by the
    /// time the sender's call returns, so a program that sent one is seen here until the probe has dealt with it.
    /// </summary>
    public bool NothingInFlight
    {
        get
        {
            try
            {
                lock (_pending)
                    return _sockets.All.All(s => s.Available == 0) && _pending.Keys.All(t => !t.IsCompleted);
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }

    /// <summary>Sends <paramref name="reply"/> to where <paramref name="request"/> came from.</summary>
    public async Task ReplyAsync(Datagram request, ReadOnlyMemory<byte> reply, CancellationToken cancellationToken)
    {
        var socket = _sockets.All.First(s => s.AddressFamily == request.From.AddressFamily);
        _transcript.AddBytes(_peer, TranscriptEvent.Sent, reply.Span);
        await socket.SendToAsync(reply, SocketFlags.None, request.From, cancellationToken);
    }

    /// <summary>Closes the sockets.</summary>
    public void Dispose() => _sockets.Dispose();
}
