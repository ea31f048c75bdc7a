using System.Net;
using Reference.Tcp;
using Reference.Terminal;

namespace Reference.Web;

/// <summary>
/// The textbook's web server lab, done right: an HTTP/1.1 file server for one folder, one request per connection.
/// </summary>
/// <param name="port">The port to listen on; 0 picks a free one, named in the ready line.</param>
/// <param name="root">The folder served.</param>
/// <param name="scheduling">Whether connections are served side by side or one at a time.</param>
/// <param name="console">Where the ready line, one line per request and problems go.</param>
public sealed class WebServer(int port, DocumentRoot root, ConnectionScheduling scheduling, StandardStreams console)
{
    /// <summary>The line printed once the server listens, ending with the port it listens on.</summary>
    /// <param name="root">The folder served.</param>
    /// <param name="port">The port bound.</param>
    /// <returns>The ready line.</returns>
    public static string ReadyLine(DocumentRoot root, int port) => $"Ready to serve {root.Folder} on port {port}";

    /// <summary>Listens and serves requests until cancelled, then waits for the open connections.</summary>
    /// <param name="cancellationToken">Stops the server (Ctrl+C, SIGTERM) and abandons open connections.</param>
    /// <returns>A task that completes once the server and all its connections have stopped.</returns>
    /// <exception cref="UserFacingException">The port cannot be bound.</exception>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var welcome = TcpWelcomeSocket.Open(port);
        var bound = ((IPEndPoint)welcome.LocalEndPoint!).Port;
        await console.Out.WriteLineAsync(ReadyLine(root, bound));
        var open = new OpenExchanges();
        try
        {
            while (true)
            {
                var connection = await TcpAccepting.AcceptAsync(welcome, console.Error, cancellationToken);
                if (scheduling == ConnectionScheduling.OneAtATime)
                {
                    await HttpExchange.ServeAsync(connection, root, console, cancellationToken);
                    continue;
                }

                open.Start(() => HttpExchange.ServeAsync(connection, root, console, cancellationToken));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Asked to stop: the open exchanges see the same token and end promptly.
        }

        await open.WhenAllAsync();
    }
}
