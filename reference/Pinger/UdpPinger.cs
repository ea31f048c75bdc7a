using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Reference.Protocol;
using Reference.Terminal;

namespace Reference.Pinger;

/// <summary>
/// The textbook's UDP pinger client: sends numbered pings one after another, waits a bounded time for each reply,
/// prints the reply and its round-trip time or <c>Request timed out</c>, then a summary.
/// </summary>
/// <param name="console">Where the lines go.</param>
public sealed class UdpPinger(StandardStreams console)
{
    /// <summary>What is printed for a ping whose reply did not come in time.</summary>
    public const string TimedOutLine = "Request timed out";

    /// <summary>Pings the server at <paramref name="host"/>:<paramref name="port"/> <paramref name="count"/>
    /// times.</summary>
    /// <param name="host">The server's host name or IPv4 address.</param>
    /// <param name="port">The server's port.</param>
    /// <param name="count">How many pings to send.</param>
    /// <param name="timeout">How long to wait for each reply.</param>
    /// <param name="cancellationToken">Abandons the pings.</param>
    /// <returns>A task that completes once the summary is printed.</returns>
    /// <exception cref="UserFacingException">The host cannot be resolved or a ping cannot be sent.</exception>
    public async Task RunAsync(string host, int port, int count, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var server = await Ipv4Address.ResolveAsync(host, port, cancellationToken);
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        var statistics = new PingStatistics();
        var buffer = new byte[LabProtocol.MaxDatagramSize];
        for (var sequence = 1; sequence <= count; sequence++)
        {
            var message = PingMessage.For(sequence, EpochSeconds.Now());
            var sentAt = Stopwatch.GetTimestamp();
            try
            {
                await socket.SendToAsync(UpperCasing.Encode(message), SocketFlags.None, server, cancellationToken);
            }
            catch (SocketException exception)
            {
                throw new UserFacingException(
                    $"Cannot send a ping to {host}:{port} ({server.Address}): {exception.Message}.",
                    exception
                );
            }

            statistics.RecordSent();
            var reply = await WaitForReplyAsync(socket, buffer, server, sequence, timeout, cancellationToken);
            if (reply is null)
            {
                await console.Out.WriteLineAsync(TimedOutLine);
                continue;
            }

            var roundTrip = Stopwatch.GetElapsedTime(sentAt, reply.Value.ReceivedAt);
            statistics.RecordReply(roundTrip);
            await console.Out.WriteLineAsync(
                $"Reply from {server.Address}: {reply.Value.Text} RTT {PingStatistics.Seconds(roundTrip)} s"
            );
        }

        await console.Out.WriteLineAsync(statistics.Summary());
    }

    /// <summary>
    /// Waits up to <paramref name="timeout"/> for the reply to ping <paramref name="sequence"/> from
    /// <paramref name="server"/>; anything else that arrives meanwhile (a late reply to an earlier ping, another
    /// sender's datagram) is ignored.
    /// </summary>
    /// <returns>The reply's text and the timestamp of its arrival, or null when none came in time.</returns>
    private static async Task<(string Text, long ReceivedAt)?> WaitForReplyAsync(
        Socket socket,
        byte[] buffer,
        IPEndPoint server,
        int sequence,
        TimeSpan timeout,
        CancellationToken cancellationToken
    )
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var anySender = new IPEndPoint(IPAddress.Any, 0);
        try
        {
            while (true)
            {
                SocketReceiveFromResult datagram;
                try
                {
                    datagram = await socket.ReceiveFromAsync(buffer, SocketFlags.None, anySender, deadline.Token);
                }
                catch (SocketException exception)
                    when (exception.SocketErrorCode is SocketError.ConnectionReset or SocketError.ConnectionRefused)
                {
                    // Windows reports an ICMP "port unreachable" this way; like a lost reply, it is waited out.
                    continue;
                }

                var receivedAt = Stopwatch.GetTimestamp();
                var text = UpperCasing.Decode(buffer.AsSpan(0, datagram.ReceivedBytes));
                if (server.Equals(datagram.RemoteEndPoint) && PingMessage.IsReplyTo(text, sequence))
                {
                    return (text, receivedAt);
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }
}
