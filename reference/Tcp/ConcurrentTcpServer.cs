using Reference.Protocol;
using Reference.Terminal;

namespace Reference.Tcp;

/// <summary>
/// The lecture's threaded TCP server: every accepted connection is served by a task of its own, so an idle client
/// never delays another.
/// </summary>
/// <param name="port">The port to listen on.</param>
/// <param name="console">Where the ready line and problems go.</param>
public sealed class ConcurrentTcpServer(int port, StandardStreams console)
{
    /// <summary>Listens and serves clients side by side until cancelled, then waits for the open connections.</summary>
    /// <param name="cancellationToken">Stops the server (Ctrl+C, SIGTERM) and abandons open connections.</param>
    /// <returns>A task that completes once the server and all its connections have stopped.</returns>
    /// <exception cref="UserFacingException">The port cannot be bound.</exception>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var welcome = TcpWelcomeSocket.Open(port);
        await console.Out.WriteLineAsync(LabProtocol.ReadyLine);
        var open = new OpenExchanges();
        try
        {
            while (true)
            {
                var connection = await TcpAccepting.AcceptAsync(welcome, console.Error, cancellationToken);
                open.Start(() => TcpExchange.ServeAsync(connection, console.Error, cancellationToken));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Asked to stop: the open exchanges see the same token and end promptly.
        }

        await open.WhenAllAsync();
    }
}
