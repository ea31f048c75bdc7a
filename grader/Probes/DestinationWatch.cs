using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using Grader.Rubric;
using Grader.Sandboxes;

namespace Grader.Probes;

/// <summary>
/// Where a program's datagrams and connections went, in a sandbox network that is the program's alone: a packet socket
/// on its loopback gets a copy of every packet delivered in the network, and the watch records where each UDP datagram
/// and each TCP connection request (SYN) went that no probe serves, as a <see cref="StrayDestination"/>, with the first
/// sending to each in the transcript. Where every address reaches the network's loopback (<see
/// cref="ISandboxNetwork.CatchEveryAddressAsync"/>), that is every place the program tried to reach, at any address and
/// port. It never watches a network shared with other programs (the direct and docker sandboxes'), whose traffic is not
/// the program's.
/// </summary>
public sealed class DestinationWatch : IAsyncDisposable
{
    // More distinct destinations than this are counted in the last one's place: a flood must not grow the record.
    private const int MostDestinations = 16;
    private const int ShownChars = 60;

    // Every protocol (ETH_P_ALL, in network byte order), and the packet socket option that leaves out the copies of
    // packets on their way out (a packet over loopback is seen going out and coming in): SOL_PACKET,
    // PACKET_IGNORE_OUTGOING.
    private const int EveryProtocol = 0x0300;
    private const int SolPacket = 263,
        PacketIgnoreOutgoing = 23;

    private const int Ipv4 = 4,
        Ipv6 = 6,
        Ipv6HeaderLength = 40;
    private const byte Udp = 17,
        Tcp = 6,
        TcpSyn = 0x02,
        TcpAck = 0x10;

    // A loopback packet is at most its MTU, 64 KiB.
    private const int LargestPacket = 65536 + 64;

    private readonly Socket _socket;
    private readonly HashSet<(Transport, int)> _served;
    private readonly Transcript _transcript;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<StrayDestination> _strays = [];
    private readonly Task _watcher;
    private bool _stopped;

    private DestinationWatch(Socket socket, IEnumerable<(Transport, int)> served, Transcript transcript)
    {
        _socket = socket;
        _served = [.. served];
        _transcript = transcript;
        _watcher = WatchAsync();
    }

    /// <summary>
    /// Starts watching <paramref name="network"/>, ignoring what goes to or comes from the ports the probes serve
    /// (<paramref name="served"/>, each with its transport); null where the network is not the program's alone, or the
    /// kernel refuses the grader a packet socket in it. Call it before the program starts.
    /// </summary>
    public static async Task<DestinationWatch?> StartAsync(
        ISandboxNetwork network,
        IEnumerable<(Transport Transport, int Port)> served,
        Transcript transcript
    )
    {
        ArgumentNullException.ThrowIfNull(network);
        if (!network.SeesOnlyTheProgram || !OperatingSystem.IsLinux())
            return null;
        Socket socket;
        try
        {
            // Datagram-like: each packet from its network header on, without the link layer's.
            socket = await network.CreateSocketAsync(
                AddressFamily.Packet,
                SocketType.Dgram,
                (ProtocolType)EveryProtocol
            );
        }
        catch (SocketException)
        {
            return null; // no CAP_NET_RAW for the grader: nothing is watched
        }
        try
        {
            socket.SetRawSocketOption(SolPacket, PacketIgnoreOutgoing, BitConverter.GetBytes(1));
        }
        catch (SocketException)
        {
            socket.Dispose();
            return null; // a kernel older than 4.20 would show every packet twice
        }
        return new DestinationWatch(socket, served, transcript);
    }

    /// <summary>Stops watching once every packet delivered so far is read, and returns where the datagrams and
    /// connections went that no probe serves, in the order first seen.</summary>
    public async Task<IReadOnlyList<StrayDestination>> StopAsync()
    {
        if (!_stopped)
        {
            _stopped = true;
            await _stop.CancelAsync();
            await _watcher;
            _socket.Dispose();
        }
        lock (_strays)
            return [.. _strays];
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stop.Dispose();
    }

    private async Task WatchAsync()
    {
        var buffer = new byte[LargestPacket];
        try
        {
            while (true)
            {
                var length = await _socket.ReceiveAsync(buffer, SocketFlags.None, _stop.Token);
                Seen(buffer.AsSpan(0, length));
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped: what is still queued is read below.
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            return;
        }
        // What was delivered before the stop and not read yet: a packet sent over loopback is in the socket's queue by
        // the time the sender's call returns, so every packet of a program that has ended is here.
        try
        {
            while (_socket.Available > 0)
                Seen(buffer.AsSpan(0, _socket.Receive(buffer)));
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // Nothing more to read.
        }
    }

    // One packet, from its IP header: where it went, if it is a UDP datagram or a TCP connection request that no probe
    // serves.
    private void Seen(ReadOnlySpan<byte> packet)
    {
        if (packet.Length == 0)
            return;
        int header;
        byte protocol;
        IPAddress to;
        switch (packet[0] >> 4)
        {
            case Ipv4 when packet.Length >= 20:
                header = (packet[0] & 0x0F) * 4;
                protocol = packet[9];
                to = new IPAddress(packet[16..20]);
                break;
            case Ipv6 when packet.Length >= Ipv6HeaderLength:
                header = Ipv6HeaderLength;
                protocol = packet[6];
                to = new IPAddress(packet[24..40]);
                break;
            default:
                return;
        }
        var transport = protocol switch
        {
            Udp => Transport.Udp,
            Tcp => Transport.Tcp,
            _ => (Transport?)null,
        };
        if (transport is not { } over || packet.Length < header + (over == Transport.Tcp ? 14 : 8))
            return;
        var segment = packet[header..];
        var fromPort = BinaryPrimitives.ReadUInt16BigEndian(segment);
        var toPort = BinaryPrimitives.ReadUInt16BigEndian(segment[2..]);
        if (_served.Contains((over, toPort)) || _served.Contains((over, fromPort)))
            return;
        // A connection is asked for by its first segment alone: SYN without ACK.
        if (over == Transport.Tcp && (segment[13] & (TcpSyn | TcpAck)) != TcpSyn)
            return;
        var destination = new IPEndPoint(to.IsIPv4MappedToIPv6 ? to.MapToIPv4() : to, toPort);
        var first = false;
        lock (_strays)
        {
            var index = _strays.FindIndex(s => s.Transport == over && s.Destination.Equals(destination));
            if (index < 0 && _strays.Count >= MostDestinations)
                index = _strays.Count - 1;
            if (index < 0)
            {
                _strays.Add(new StrayDestination(over, destination, 1));
                first = true;
            }
            else
                _strays[index] = _strays[index] with { Times = _strays[index].Times + 1 };
        }
        if (first)
            _transcript.Note(
                over == Transport.Udp
                    ? $"the program sent a UDP datagram to {destination}, where no server listens: {WireText.Show(segment[8..], ShownChars)}"
                    : $"the program asked for a TCP connection to {destination}, where no server listens (the kernel refused it)"
            );
    }
}
