using System.Net;
using System.Net.Sockets;
using Reference.Protocol;
using Reference.Terminal;

namespace Reference.Udp;

/// <summary>
/// The lecture's UDP server: one socket for every client; each datagram is answered with its upper-cased copy,
/// sent to the address it came from.
/// </summary>
/// <param name="port">The port to bind.</param>
/// <param name="console">Where the ready line and problems go.</param>
public sealed class UdpUpperCaseServer(int port, StandardStreams console)
{
    /// <summary>Binds and answers datagrams until cancelled.</summary>
    /// <param name="cancellationToken">Stops the server (Ctrl+C, SIGTERM).</param>
    /// <returns>A task that completes once the server has stopped.</returns>
    /// <exception cref="UserFacingException">The port cannot be bound.</exception>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        // No SO_REUSEADDR here: for UDP it would let two servers bind the same port at once.
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        try
        {
            socket.Bind(Ipv4Address.AnyInterface(port));
        }
        catch (SocketException exception)
        {
            throw new UserFacingException(BindFailure.Describe("UDP", port, exception), exception);
        }

        await console.Out.WriteLineAsync(LabProtocol.ReadyLine);
        var buffer = new byte[LabProtocol.MaxDatagramSize];
        var anySender = new IPEndPoint(IPAddress.Any, 0);
        try
        {
            while (true)
            {
                await AnswerOneAsync(socket, buffer, anySender, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Asked to stop: a clean exit.
        }
    }

    private async Task AnswerOneAsync(
        Socket socket,
        byte[] buffer,
        EndPoint anySender,
        CancellationToken cancellationToken
    )
    {
        try
        {
            var request = await socket.ReceiveFromAsync(buffer, SocketFlags.None, anySender, cancellationToken);
            var reply = UpperCasing.Apply(buffer.AsSpan(0, request.ReceivedBytes));
            await socket.SendToAsync(reply, SocketFlags.None, request.RemoteEndPoint, cancellationToken);
        }
        catch (SocketException exception)
        {
            // An ICMP error left by an earlier client that has gone, or a reply too long to send: that client's
            // problem, never the server's.
            await console.Error.WriteLineAsync($"A datagram exchange failed: {exception.Message}.");
        }
    }
}
