using System.Net;
using System.Net.Sockets;
using Grader.Launching;
using Grader.Results;
using Grader.Sandboxes;

namespace Grader.Probes;

/// <summary>A UDP socket on loopback inside a sandbox network, talking to a UDP server as the lecture's client
/// does.</summary>
public sealed class UdpProbeClient : IDisposable
{
    private readonly Socket _socket;
    private readonly Transcript _transcript;

    private readonly ProgramClock _clock;

    private UdpProbeClient(Socket socket, Transcript transcript, string peer, ProgramClock clock)
    {
        _socket = socket;
        _transcript = transcript;
        _clock = clock;
        Peer = peer;
    }

    /// <summary>The socket's name in the transcript.</summary>
    public string Peer { get; }

    /// <summary>The address the probe sends from, which a correct server replies to.</summary>
    public IPEndPoint LocalEndPoint => (IPEndPoint)_socket.LocalEndPoint!;

    /// <summary>
    /// Opens a socket bound to a free port on 127.0.0.1 inside <paramref name="network"/>, whose waits count the time
    /// of the program <paramref name="clock"/> belongs to.
    /// </summary>
    public static async Task<UdpProbeClient> OpenAsync(
        ISandboxNetwork network,
        Transcript transcript,
        string peer,
        ProgramClock clock
    )
    {
        var socket = await network.CreateSocketAsync(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        transcript.Add(peer, TranscriptEvent.Connected, $"bound to {socket.LocalEndPoint}");
        return new UdpProbeClient(socket, transcript, peer, clock);
    }

    /// <summary>Sends one datagram to <paramref name="port"/> on 127.0.0.1.</summary>
    public async Task SendAsync(ReadOnlyMemory<byte> data, int port, CancellationToken cancellationToken)
    {
        _transcript.AddBytes(Peer, TranscriptEvent.Sent, data.Span);
        await _socket.SendToAsync(data, SocketFlags.None, new IPEndPoint(IPAddress.Loopback, port), cancellationToken);
    }

    /// <summary>
    /// Receives one datagram, or null when none comes within <paramref name="timeout"/> of the program's time, or once
    /// <paramref name="giveUp"/> completes (the server's exit: UDP has no close to tell that no reply will ever come).
    /// </summary>
    public async Task<Datagram?> ReceiveAsync(
        TimeSpan timeout,
        CancellationToken cancellationToken,
        Task? giveUp = null
    )
    {
        var buffer = new byte[65536];
        using var deadline = _clock.Deadline(timeout, cancellationToken);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token);
        while (true)
        {
            var receive = _socket
                .ReceiveFromAsync(buffer, SocketFlags.None, new IPEndPoint(IPAddress.Any, 0), stop.Token)
                .AsTask();
            if (giveUp is not null && await Task.WhenAny(receive, giveUp) == giveUp && !receive.IsCompleted)
                await stop.CancelAsync();
            try
            {
                var result = await receive;
                return Received(buffer, result.ReceivedBytes, (IPEndPoint)result.RemoteEndPoint);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // A datagram already waiting counts, however late a loaded grader looks.
                if (ReceiveWaiting(buffer) is { } waiting)
                    return waiting;
                _transcript.Add(
                    Peer,
                    TranscriptEvent.TimedOut,
                    giveUp is { IsCompleted: true }
                        ? "no datagram: the server has ended"
                        : $"no datagram within {timeout.TotalSeconds:0.#} s"
                );
                return null;
            }
            catch (SocketException e) when (e.SocketErrorCode == SocketError.ConnectionReset)
            {
                // An ICMP "port unreachable" for an earlier datagram: nothing is bound there. Keep listening.
                _transcript.Add(Peer, TranscriptEvent.Refused, "port unreachable (ICMP)");
            }
        }
    }

    private Datagram? ReceiveWaiting(byte[] buffer)
    {
        try
        {
            if (_socket.Available == 0)
                return null;
            EndPoint sender = new IPEndPoint(IPAddress.Any, 0);
            var length = _socket.ReceiveFrom(buffer, SocketFlags.None, ref sender);
            return Received(buffer, length, (IPEndPoint)sender);
        }
        catch (SocketException)
        {
            return null; // an ICMP error was all there was
        }
    }

    private Datagram Received(byte[] buffer, int length, IPEndPoint from)
    {
        _transcript.Add(
            Peer,
            TranscriptEvent.Received,
            $"{WireText.Show(buffer.AsSpan(0, length))} (from port {from.Port})",
            length
        );
        return new Datagram(buffer[..length], from);
    }

    /// <summary>Closes the socket.</summary>
    public void Dispose() => _socket.Dispose();
}
