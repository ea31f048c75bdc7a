using System.Net.Sockets;

namespace Reference.Tcp;

/// <summary>Accepts the next connection, riding over failures that concern only the client being accepted.</summary>
public static class TcpAccepting
{
    /// <summary>Waits for the next client that completes its connection.</summary>
    /// <param name="welcome">The listening socket.</param>
    /// <param name="log">Where a client that vanished before being accepted is reported.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The accepted connection, owned by the caller.</returns>
    public static async Task<Socket> AcceptAsync(Socket welcome, TextWriter log, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return await welcome.AcceptAsync(cancellationToken);
            }
            catch (SocketException exception)
                when (exception.SocketErrorCode is SocketError.ConnectionAborted or SocketError.ConnectionReset)
            {
                await log.WriteLineAsync($"A client left before it was accepted: {exception.Message}.");
            }
        }
    }
}
