using System.Net.Sockets;
using Reference.Protocol;
using Reference.Terminal;

namespace Reference.Tcp;

/// <summary>
/// The lecture's TCP client: connect, prompt, read a line, send it without its newline in one send, read the reply
/// once, print it, close.
/// </summary>
/// <param name="console">The streams to talk through.</param>
public sealed class TcpUpperCaseClient(StandardStreams console)
{
    private readonly ClientDialogue dialogue = new(console);

    /// <summary>Performs one exchange with the server at <paramref name="host"/>:<paramref name="port"/>.</summary>
    /// <param name="host">The server's host name or IPv4 address.</param>
    /// <param name="port">The server's port.</param>
    /// <param name="cancellationToken">Abandons the exchange.</param>
    /// <returns>A task that completes once the reply is printed.</returns>
    /// <exception cref="UserFacingException">The server cannot be reached or drops the connection.</exception>
    public async Task RunAsync(string host, int port, CancellationToken cancellationToken)
    {
        var server = await Ipv4Address.ResolveAsync(host, port, cancellationToken);
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            await socket.ConnectAsync(server, cancellationToken);
        }
        catch (SocketException exception)
        {
            var reason =
                exception.SocketErrorCode == SocketError.ConnectionRefused
                    ? "connection refused (is the server running?)"
                    : exception.Message;
            var address = server.Address.ToString() == host ? "" : $" ({server.Address})";
            throw new UserFacingException($"Cannot connect to {host}:{port}{address}: {reason}.", exception);
        }

        var sentence = await dialogue.AskForSentenceAsync(cancellationToken);
        ReadOnlyMemory<byte> reply;
        try
        {
            await TcpMessage.SendAsync(socket, UpperCasing.Encode(sentence), cancellationToken);
            reply = await TcpMessage.ReceiveOnceAsync(socket, cancellationToken);
        }
        catch (SocketException exception)
        {
            throw new UserFacingException(
                $"The server at {host}:{port} dropped the connection: {exception.Message}.",
                exception
            );
        }

        await dialogue.ShowReplyAsync(reply.Span);
    }
}
