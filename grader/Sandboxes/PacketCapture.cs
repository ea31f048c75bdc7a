using System.Net.Sockets;
using Grader.Results;
using Grader.Rubric;

namespace Grader.Sandboxes;

/// <summary>
/// Every packet on one launch's network namespace's loopback, from when the network is opened (before any program
/// starts) to when it is closed (after its programs have ended): a packet socket in the namespace reads each frame
/// once (not its copy on the way out, as libpcap keeps one on <c>lo</c>), into the <see cref="PacketLog"/> of the
/// exchange under way (<see cref="SwitchToAsync"/>), up to <see cref="CaptureSettings.MostBytes"/> each. A packet
/// over loopback is queued on the socket by the time its sender's call returns, so whatever was read when a switch or
/// the stop drains the queue is everything sent until then: nothing is lost at a check's end, and no timer decides it.
/// </summary>
public sealed class PacketCapture
{
    // Every protocol (ETH_P_ALL, in network byte order), and the option that leaves out the copies of packets on their
    // way out: SOL_PACKET, PACKET_IGNORE_OUTGOING (Linux 4.20).
    private const int EveryProtocol = 0x0300;
    private const int SolPacket = 263,
        PacketIgnoreOutgoing = 23;

    // A loopback frame is at most its MTU, 64 KiB, and its Ethernet header.
    private const int LargestFrame = 65536 + 64;

    private const int EthernetHeader = 14;
    private const ushort Ipv4Type = 0x0800,
        Ipv6Type = 0x86DD;

    private readonly Socket _socket;
    private readonly long _mostBytes;
    private readonly byte? _onlyProtocol;
    private readonly Lock _gate = new();
    private readonly byte[] _buffer = new byte[LargestFrame];
    private readonly Task _reader;
    private PacketLog _log = new();
    private bool _attached;
    private CancellationTokenSource _wake = new();
    private (PacketLog? Next, TaskCompletionSource Done)? _switch;
    private bool _stopping;

    private PacketCapture(Socket socket, long mostBytes, Transport? only)
    {
        _socket = socket;
        _mostBytes = mostBytes;
        _onlyProtocol = only switch
        {
            Transport.Tcp => (byte)ProtocolType.Tcp,
            Transport.Udp => (byte)ProtocolType.Udp,
            _ => null,
        };
        _reader = Task.Run(ReadAsync);
    }

    /// <summary>
    /// Starts capturing on the network whose sockets <paramref name="createSocket"/> makes, keeping only the packets of
    /// <paramref name="only"/> where given (a loopback other launches of the other transport share); null, with why,
    /// when the kernel refuses a packet socket there (no CAP_NET_RAW in it, or a kernel older than 4.20).
    /// </summary>
    public static async Task<(PacketCapture? Capture, string? WhyNot)> StartAsync(
        Func<AddressFamily, SocketType, ProtocolType, Task<Socket>> createSocket,
        CaptureSettings settings,
        Transport? only = null
    )
    {
        ArgumentNullException.ThrowIfNull(createSocket);
        ArgumentNullException.ThrowIfNull(settings);
        Socket socket;
        try
        {
            // Raw: each frame with its link-layer header, which loopback makes of zeros.
            socket = await createSocket(AddressFamily.Packet, SocketType.Raw, (ProtocolType)EveryProtocol);
        }
        catch (SocketException e)
        {
            return (null, $"the kernel refused the grader a packet socket ({e.Message})");
        }
        try
        {
            socket.SetRawSocketOption(SolPacket, PacketIgnoreOutgoing, BitConverter.GetBytes(1));
        }
        catch (SocketException e)
        {
            socket.Dispose();
            return (null, $"the kernel cannot leave out loopback's outgoing copies (Linux 4.20 can): {e.Message}");
        }
        return (new PacketCapture(socket, settings.MostBytes, only), null);
    }

    /// <summary>
    /// Reads every packet queued so far into the current log, then puts the packets that follow into <paramref
    /// name="next"/>; the first log attached also gets what was read before it (the network's first packets).
    /// </summary>
    public async Task SwitchToAsync(PacketLog next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_stopping)
                return;
            _switch = (next, done);
            _wake.Cancel();
        }
        await done.Task;
    }

    /// <summary>Stops once every packet queued so far is read, and closes the packet socket.</summary>
    public void Stop()
    {
        lock (_gate)
        {
            if (_stopping)
                return;
            _stopping = true;
            _wake.Cancel();
        }
        // The reader only drains what is queued, without waiting on the network: this wait is short.
        _reader.GetAwaiter().GetResult();
        _socket.Dispose();
        _wake.Dispose();
    }

    private async Task ReadAsync()
    {
        try
        {
            await ReadUntilStoppedAsync();
        }
        finally
        {
            // Stopped, or the socket failed: a switch asked for meanwhile is answered, and none is waited for again.
            lock (_gate)
            {
                _stopping = true;
                if (_switch is var (next, done))
                {
                    _log = next!;
                    _switch = null;
                    done.SetResult();
                }
            }
        }
    }

    private async Task ReadUntilStoppedAsync()
    {
        while (true)
        {
            CancellationToken wake;
            lock (_gate)
                wake = _wake.Token;
            try
            {
                var length = await _socket.ReceiveAsync(_buffer, SocketFlags.None, wake);
                Keep(length);
                continue;
            }
            catch (OperationCanceledException)
            {
                // A switch or the stop: what is queued now is read first.
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException)
            {
                return;
            }
            Drain();
            lock (_gate)
            {
                if (_switch is var (next, done))
                {
                    if (!_attached)
                        next!.TakeFrom(_log);
                    _attached = true;
                    _log = next!;
                    _switch = null;
                    done.SetResult();
                }
                if (_stopping)
                    return;
                _wake.Dispose();
                _wake = new CancellationTokenSource();
            }
        }
    }

    private void Drain()
    {
        try
        {
            while (_socket.Available > 0)
                Keep(_socket.Receive(_buffer));
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // Nothing more to read.
        }
    }

    private void Keep(int length)
    {
        if (length > 0 && IsKept(_buffer.AsSpan(0, length)))
            _log.Add(DateTimeOffset.UtcNow, _buffer.AsSpan(0, length), _mostBytes);
    }

    // Every frame, or only those of the transport asked for.
    private bool IsKept(ReadOnlySpan<byte> frame)
    {
        if (_onlyProtocol is not { } protocol)
            return true;
        if (frame.Length < EthernetHeader + 40)
            return frame.Length >= EthernetHeader + 20
                && System.Buffers.Binary.BinaryPrimitives.ReadUInt16BigEndian(frame[12..]) == Ipv4Type
                && frame[EthernetHeader + 9] == protocol;
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt16BigEndian(frame[12..]) switch
        {
            Ipv4Type => frame[EthernetHeader + 9] == protocol,
            Ipv6Type => frame[EthernetHeader + 6] == protocol,
            _ => false,
        };
    }
}
