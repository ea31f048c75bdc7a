using System.Net.Sockets;
using Reference.Terminal;

namespace Reference.Web;

/// <summary>
/// The server's side of one connection: read the request's head to its blank line, answer it, close. One request
/// per connection (<c>Connection: close</c>). Shared by the concurrent and the sequential web server.
/// </summary>
public static class HttpExchange
{
    private const int MaxLoggedRequestLine = 200;

    /// <summary>
    /// Serves one accepted connection and closes it. Never throws: a client that resets or sends nonsense costs one
    /// line on standard error at most, never the server.
    /// </summary>
    /// <param name="connection">The accepted connection; disposed on return.</param>
    /// <param name="root">The folder served.</param>
    /// <param name="console">Standard output gets one line per request answered (<c>peer "request line" status
    /// length</c>), standard error one per failed connection.</param>
    /// <param name="cancellationToken">Abandons the exchange when the server stops.</param>
    /// <returns>A task that completes when the connection is closed.</returns>
    public static async Task ServeAsync(
        Socket connection,
        DocumentRoot root,
        StandardStreams console,
        CancellationToken cancellationToken
    )
    {
        using (connection)
        {
            var peer = connection.RemoteEndPoint?.ToString() ?? "an unknown client";
            try
            {
                // The head and the body are two writes; without this, Nagle's algorithm could hold the body back
                // until the client acknowledges the head.
                connection.NoDelay = true;
                var head = await RequestHead.ReadAsync(connection, cancellationToken);
                if (head.End == RequestHeadEnd.NothingSent)
                {
                    return;
                }

                var isHead = HttpRequest.TryParse(head.RequestLine, out var request) && request.Method == "HEAD";
                await using (var response = Answer(head, root))
                {
                    await using var stream = new NetworkStream(connection, ownsSocket: false);
                    await response.WriteAsync(stream, withBody: !isHead, cancellationToken);
                    await console.Out.WriteLineAsync(
                        $"{peer} \"{Printable(head.RequestLine)}\" {response.Status.Code} {response.ContentLength}"
                    );
                }

                await LingerAsync(connection, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // The server is stopping; the connection is closed below.
            }
            catch (Exception exception) when (exception is SocketException or IOException)
            {
                await console.Error.WriteLineAsync($"Connection from {peer} failed: {exception.Message}");
            }
        }
    }

    /// <summary>The response a request's head calls for.</summary>
    /// <param name="head">The head as read.</param>
    /// <param name="root">The folder served.</param>
    /// <returns>The file, or an error page.</returns>
    public static HttpResponse Answer(RequestHead head, DocumentRoot root)
    {
        if (head.End != RequestHeadEnd.BlankLine)
        {
            return HttpResponse.Error(
                head.End == RequestHeadEnd.TooLarge ? HttpStatus.HeadTooLarge : HttpStatus.BadRequest
            );
        }

        if (!HttpRequest.TryParse(head.RequestLine, out var request))
        {
            return HttpResponse.Error(HttpStatus.BadRequest);
        }

        if (!request.Version.StartsWith(WebProtocol.VersionPrefix, StringComparison.Ordinal))
        {
            return HttpResponse.Error(HttpStatus.VersionNotSupported);
        }

        if (request.Method is not ("GET" or "HEAD"))
        {
            return HttpResponse.Error(HttpStatus.NotImplemented);
        }

        var target = root.Resolve(request.Target);
        return target.File is null ? HttpResponse.Error(target.Status) : HttpResponse.ForFile(target.File);
    }

    /// <summary>
    /// Closes the sending side, then reads and discards what the client still sends (a body the server ignored)
    /// until it closes too, for at most <see cref="WebProtocol.LingerTimeout"/>: closing with unread bytes would
    /// reset the connection, and the client could lose the response.
    /// </summary>
    private static async Task LingerAsync(Socket connection, CancellationToken cancellationToken)
    {
        connection.Shutdown(SocketShutdown.Send);
        using var linger = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        linger.CancelAfter(WebProtocol.LingerTimeout);
        var discard = new byte[4096];
        try
        {
            for (var discarded = 0; discarded < WebProtocol.MaxLingerBytes; )
            {
                var received = await connection.ReceiveAsync(discard, SocketFlags.None, linger.Token);
                if (received == 0)
                {
                    return;
                }

                discarded += received;
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The client kept its side open: close anyway.
        }
        catch (SocketException)
        {
            // The client reset the connection after the response: nothing left to protect.
        }
    }

    private static string Printable(string requestLine)
    {
        var printable = string.Concat(requestLine.Select(c => char.IsControl(c) ? '?' : c));
        return printable.Length <= MaxLoggedRequestLine ? printable : printable[..MaxLoggedRequestLine] + "…";
    }
}
