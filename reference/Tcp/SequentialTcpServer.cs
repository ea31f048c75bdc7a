using Reference.Protocol;
using Reference.Terminal;

namespace Reference.Tcp;

/// <summary>
/// The lecture's iterative TCP server: it accepts a connection and serves it to the end before it accepts the
/// next, so one idle client holds every other client back.
/// </summary>
/// <param name="port">The port to listen on.</param>
/// <param name="console">Where the ready line and problems go.</param>
public sealed class SequentialTcpServer(int port, StandardStreams console)
{
    /// <summary>Listens and serves clients one at a time until cancelled.</summary>
    /// <param name="cancellationToken">Stops the server (Ctrl+C, SIGTERM).</param>
    /// <returns>A task that completes once the server has stopped.</returns>
    /// <exception cref="UserFacingException">The port cannot be bound.</exception>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var welcome = TcpWelcomeSocket.Open(port);
        await console.Out.WriteLineAsync(LabProtocol.ReadyLine);
        try
        {
            while (true)
            {
                var connection = await TcpAccepting.AcceptAsync(welcome, console.Error, cancellationToken);
                await TcpExchange.ServeAsync(connection, console.Error, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Asked to stop: a clean exit.
        }
    }
}
