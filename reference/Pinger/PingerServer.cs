using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Reference.Protocol;
using Reference.Terminal;

namespace Reference.Pinger;

/// <summary>
/// The textbook's <c>UDPPingerServer.py</c>: every datagram is either dropped, to simulate loss, or answered with its
/// upper-cased copy, sent to the address it came from.
/// </summary>
/// <param name="port">The port to bind; 0 picks a free one, named in the ready line.</param>
/// <param name="loss">Which datagrams to drop.</param>
/// <param name="console">Where the ready line, one line per datagram and problems go.</param>
public sealed class PingerServer(int port, SimulatedLoss loss, StandardStreams console)
{
    /// <summary>The line printed once the server can receive, ending with the port it is bound to.</summary>
    /// <param name="port">The port bound.</param>
    /// <returns>The ready line.</returns>
    public static string ReadyLine(int port) => $"Ready to answer pings on UDP port {port}";

    /// <summary>Binds and answers (or drops) datagrams until cancelled.</summary>
    /// <param name="cancellationToken">Stops the server (Ctrl+C, SIGTERM).</param>
    /// <returns>A task that completes once the server has stopped.</returns>
    /// <exception cref="UserFacingException">The port cannot be bound.</exception>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        try
        {
            socket.Bind(Ipv4Address.AnyInterface(port));
        }
        catch (SocketException exception)
        {
            throw new UserFacingException(BindFailure.Describe("UDP", port, exception), exception);
        }

        await console.Out.WriteLineAsync(ReadyLine(((IPEndPoint)socket.LocalEndPoint!).Port));
        var buffer = new byte[LabProtocol.MaxDatagramSize];
        try
        {
            var received = 0L;
            while (true)
            {
                received = await HandleOneAsync(socket, buffer, received, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Asked to stop: a clean exit.
        }
    }

    /// <summary>
    /// Receives one datagram and drops or answers it, then says which in one line: <c>Datagram N from ADDRESS:
    /// dropped</c> or <c>... answered</c>, written after the reply has been sent.
    /// </summary>
    /// <returns>How many datagrams have been received, this one included.</returns>
    private async Task<long> HandleOneAsync(
        Socket socket,
        byte[] buffer,
        long received,
        CancellationToken cancellationToken
    )
    {
        try
        {
            var request = await socket.ReceiveFromAsync(
                buffer,
                SocketFlags.None,
                new IPEndPoint(IPAddress.Any, 0),
                cancellationToken
            );
            received++;
            var what = string.Create(
                CultureInfo.InvariantCulture,
                $"Datagram {received} from {request.RemoteEndPoint}"
            );
            if (loss.DropsNext())
            {
                await console.Out.WriteLineAsync($"{what}: dropped");
                return received;
            }

            var reply = UpperCasing.Apply(buffer.AsSpan(0, request.ReceivedBytes));
            await socket.SendToAsync(reply, SocketFlags.None, request.RemoteEndPoint, cancellationToken);
            await console.Out.WriteLineAsync($"{what}: answered");
        }
        catch (SocketException exception)
        {
            // An ICMP error left by a client that has gone: that client's problem, never the server's.
            await console.Error.WriteLineAsync($"A datagram exchange failed: {exception.Message}.");
        }

        return received;
    }
}
