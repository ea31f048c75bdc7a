using System.Net;
using System.Net.Sockets;
using Reference.Protocol;
using Reference.Terminal;

namespace Reference.Udp;

/// <summary>
/// The lecture's UDP client: prompt, read a line, send it as one datagram, wait for one datagram back, print it.
/// </summary>
/// <param name="console">The streams to talk through.</param>
public sealed class UdpUpperCaseClient(StandardStreams console)
{
    private readonly ClientDialogue dialogue = new(console);

    /// <summary>Performs one exchange with the server at <paramref name="host"/>:<paramref name="port"/>.</summary>
    /// <param name="host">The server's host name or IPv4 address.</param>
    /// <param name="port">The server's port.</param>
    /// <param name="cancellationToken">Abandons the exchange; like the lecture's client, it otherwise waits for a reply
    /// for as long as it takes.</param>
    /// <returns>A task that completes once the reply is printed.</returns>
    /// <exception cref="UserFacingException">The datagram cannot be sent or the reply cannot be received.</exception>
    public async Task RunAsync(string host, int port, CancellationToken cancellationToken)
    {
        var server = await Ipv4Address.ResolveAsync(host, port, cancellationToken);
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        var sentence = await dialogue.AskForSentenceAsync(cancellationToken);
        var buffer = new byte[LabProtocol.MaxDatagramSize];
        SocketReceiveFromResult reply;
        try
        {
            await socket.SendToAsync(UpperCasing.Encode(sentence), SocketFlags.None, server, cancellationToken);
            reply = await socket.ReceiveFromAsync(
                buffer,
                SocketFlags.None,
                new IPEndPoint(IPAddress.Any, 0),
                cancellationToken
            );
        }
        catch (SocketException exception)
        {
            throw new UserFacingException(
                $"No reply from {host}:{port} ({server.Address}): {exception.Message}.",
                exception
            );
        }

        await dialogue.ShowReplyAsync(buffer.AsSpan(0, reply.ReceivedBytes));
    }
}
