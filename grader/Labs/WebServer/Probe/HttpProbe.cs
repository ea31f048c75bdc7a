using Grader.Checks;
using Grader.Labs.WebServer.Judges;
using Grader.Probes;

namespace Grader.Labs.WebServer.Probe;

/// <summary>
/// The grader as an HTTP client of the student's server: one connection per request, as the handout's server expects,
/// the request sent whole or in segments, the reply read until the server closes, or until the reply deadline passes
/// with nothing more.
/// </summary>
public static class HttpProbe
{
    /// <summary>
    /// Sends <paramref name="request"/> as <paramref name="peer"/> on a new connection, in <paramref name="segments"/>
    /// when given (each sent once the server has read the one before), and reads the reply.
    /// </summary>
    public static async Task<HttpAttempt> SendAsync(
        ServerUnderTest server,
        RawRequest request,
        string peer,
        CancellationToken cancellationToken,
        IReadOnlyList<byte[]>? segments = null
    )
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(request);
        TcpConnection connection;
        try
        {
            connection = await server.ConnectAsync(peer, cancellationToken);
        }
        catch (ProbeException e)
        {
            return new HttpAttempt(request, null, await server.ExplainAsync(e.Message));
        }
        using (connection)
            return await ExchangeAsync(server, connection, request, cancellationToken, segments);
    }

    /// <summary>Sends <paramref name="request"/> on an open <paramref name="connection"/> and reads the reply. With
    /// <paramref name="othersQuiet"/> (no other connection sends the server anything meanwhile), a server the kernel
    /// shows waiting forever ends the read even with other connections' bytes unread.</summary>
    public static async Task<HttpAttempt> ExchangeAsync(
        ServerUnderTest server,
        TcpConnection connection,
        RawRequest request,
        CancellationToken cancellationToken,
        IReadOnlyList<byte[]>? segments = null,
        bool othersQuiet = false
    )
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(request);
        var parts = segments ?? [request.Bytes];
        for (var i = 0; i < parts.Count; i++)
        {
            if (i > 0)
                await server.WaitUntilServerHasReadAsync(server.Timeouts.Reply, cancellationToken);
            try
            {
                await connection.SendAsync(parts[i], cancellationToken);
            }
            catch (ProbeException e)
            {
                // A server that answered the first segments as if they were the request has closed: its answer is
                // what is judged.
                if (i == 0)
                    return new HttpAttempt(request, null, await server.ExplainAsync(e.Message));
                break;
            }
        }
        return await ReadReplyAsync(server, connection, request, cancellationToken, othersQuiet);
    }

    /// <summary>Reads the reply to <paramref name="request"/>, already sent on <paramref name="connection"/>.</summary>
    public static async Task<HttpAttempt> ReadReplyAsync(
        ServerUnderTest server,
        TcpConnection connection,
        RawRequest request,
        CancellationToken cancellationToken,
        bool othersQuiet = false
    )
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(connection);
        // Read to the close, even past a Content-Length, so whatever the server sends after the file is seen whatever
        // the segments it came in; a server that keeps the connection open is left after the reply deadline's quiet,
        // or as soon as the kernel shows it waiting forever with all it sent delivered.
        var (reply, stuck) = await server.ReadReplyAsync(
            connection,
            server.Timeouts.Reply,
            server.Timeouts.Reply,
            cancellationToken,
            unreadMayWait: othersQuiet
        );
        if (reply.Bytes.Length > 0)
            server.CountServed();
        var end = reply.End switch
        {
            TcpEnd.Closed => ReplyEnd.Closed,
            TcpEnd.Reset => ReplyEnd.Reset,
            _ => ReplyEnd.TimedOut,
        };
        return new HttpAttempt(
            request,
            new HttpExchange(request, reply.Bytes, end) { Hang = stuck?.Description },
            null
        );
    }
}
