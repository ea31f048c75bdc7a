using System.Net.Sockets;
using Reference.Protocol;

namespace Reference.Tcp;

/// <summary>
/// The server's side of one connection: one read, the upper-cased reply, close. Shared by the sequential and the
/// concurrent server, which differ only in how they schedule it.
/// </summary>
public static class TcpExchange
{
    /// <summary>
    /// Serves one accepted connection and closes it. Never throws: a client that resets, sends nothing or sends
    /// bytes that are not UTF-8 costs one line on <paramref name="log"/> at most, never the server.
    /// </summary>
    /// <param name="connection">The accepted connection; disposed on return.</param>
    /// <param name="log">Where a failed exchange is reported.</param>
    /// <param name="cancellationToken">Abandons the exchange when the server stops.</param>
    /// <returns>A task that completes when the connection is closed.</returns>
    public static async Task ServeAsync(Socket connection, TextWriter log, CancellationToken cancellationToken)
    {
        using (connection)
        {
            var peer = connection.RemoteEndPoint?.ToString() ?? "an unknown client";
            try
            {
                var request = await TcpMessage.ReceiveOnceAsync(connection, cancellationToken);
                var reply = UpperCasing.Apply(request.Span);
                await TcpMessage.SendAsync(connection, reply, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // The server is stopping; the connection is closed below.
            }
            catch (SocketException exception)
            {
                await log.WriteLineAsync($"Connection from {peer} failed: {exception.Message}.");
            }
        }
    }
}
