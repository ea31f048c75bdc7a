using System.Text;
using Grader.Checks;
using Grader.Labs.Lab1Sockets.Checks;
using Grader.Labs.Lab1Sockets.Judges;
using Grader.Launching;
using Grader.Probes;
using Grader.Rubric;

namespace Grader.Labs.Lab1Sockets.Probe;

/// <summary>
/// Lab 1's exchange with a server under test: one line sent as the lecture's client sends it (one write, no half-close),
/// and the reply read, with the reason when none comes.
/// </summary>
public static class LineExchanges
{
    // Once a reply has started, how long the probe waits for more of it or for the close that ends it.
    private static readonly TimeSpan QuietAfterReply = TimeSpan.FromMilliseconds(500);

    /// <summary>Sends <paramref name="message"/> as the lecture's client does (one write, no half-close) and reads the
    /// reply.</summary>
    public static async Task<Exchange> ExchangeAsync(
        this ServerUnderTest server,
        string peer,
        string message,
        CancellationToken cancellationToken
    ) =>
        (
            server.Transport == Transport.Tcp
                ? await TcpExchangeAsync(server, peer, message, cancellationToken)
                : await UdpExchangeAsync(server, peer, message, cancellationToken)
        ) with
        {
            KnownFixedReply = server.Memory.Of<FixedReply>().Text,
        };

    /// <summary>
    /// Completes a TCP exchange on an open connection: sends, then reads the reply, waiting at most
    /// <paramref name="replyTimeout"/> (the assignment's reply deadline by default). When no reply comes and
    /// <paramref name="diagnoseSilence"/> is set, the probe finds out whether the server waits for the end of the
    /// stream. With <paramref name="othersQuiet"/> (no other probe sends the server anything until the reply comes or
    /// its deadline passes) a server the kernel shows waiting forever is called silent even with bytes of other
    /// connections unread: it will never read them.
    /// </summary>
    public static async Task<Exchange> SendAndReadAsync(
        this ServerUnderTest server,
        TcpConnection connection,
        string message,
        CancellationToken cancellationToken,
        TimeSpan? replyTimeout = null,
        bool diagnoseSilence = true,
        bool othersQuiet = false
    )
    {
        try
        {
            await connection.SendAsync(Encoding.UTF8.GetBytes(message), cancellationToken);
        }
        catch (ProbeException e)
        {
            return new Exchange(message, null, await server.ExplainAsync(e.Message));
        }
        var timeout = replyTimeout ?? server.Timeouts.Reply;
        var (reply, stuck) = await server.ReadReplyAsync(
            connection,
            timeout,
            QuietAfterReply,
            cancellationToken,
            unreadMayWait: othersQuiet
        );
        // A reply the kernel ended is whole: the server sends nothing more.
        if (reply.Bytes.Length > 0)
            stuck = null;
        if (reply.Bytes.Length > 0)
        {
            server.CountServed();
            return new Exchange(message, reply.Bytes, null) { KnownFixedReply = server.Memory.Of<FixedReply>().Text };
        }
        return reply.End switch
        {
            TcpEnd.Closed => new Exchange(
                message,
                null,
                await server.ExplainAsync("the server closed the connection without replying")
            ),
            TcpEnd.Reset => new Exchange(
                message,
                null,
                await server.ExplainAsync("the server reset the connection without replying")
            ),
            _ when diagnoseSilence => await DiagnoseSilenceAsync(server, connection, message, stuck, cancellationToken),
            _ => new Exchange(message, null, Silence(stuck, timeout)) { Hang = stuck?.Description },
        };
    }

    // "the server never replied within 2 s", or what the kernel showed it waiting in.
    private static string Silence(StuckProgram? stuck, TimeSpan timeout) =>
        stuck is null
            ? $"the server never replied within {timeout.TotalSeconds:0.#} s"
            : $"the server never replied: it {stuck.Description} (the kernel shows it), with the whole message read";

    private static async Task<Exchange> TcpExchangeAsync(
        ServerUnderTest server,
        string peer,
        string message,
        CancellationToken cancellationToken
    )
    {
        TcpConnection connection;
        try
        {
            connection = await server.ConnectAsync(peer, cancellationToken);
        }
        catch (ProbeException e)
        {
            return new Exchange(message, null, await server.ExplainAsync(e.Message));
        }
        using (connection)
            return await server.SendAndReadAsync(connection, message, cancellationToken);
    }

    private static async Task<Exchange> DiagnoseSilenceAsync(
        ServerUnderTest server,
        TcpConnection connection,
        string message,
        StuckProgram? stuck,
        CancellationToken cancellationToken
    )
    {
        var silence = Silence(stuck, server.Timeouts.Reply);
        if (!server.Program.IsRunning)
            return new Exchange(message, null, $"{silence}: {await server.HowItEndedAsync()}");

        // A server that reads until the end of the stream answers only once the client closes its side,
        // which the lecture's client never does before reading the reply: try it, to name the fault.
        server.Transcript.Note(
            "no reply: closing the probe's sending side to see whether the server waits for the end of the stream"
        );
        connection.ShutdownSend();
        var late = await connection.ReadUntilClosedAsync(server.Timeouts.Reply, QuietAfterReply, cancellationToken);
        if (late.Bytes.Length > 0)
            return new Exchange(
                message,
                null,
                $"{silence}: it waits for the end of the stream, but the client does not close its side; it replied {Exchange.Quote(late.Text)} only after the probe closed its sending side. Read the message with a single recv(1024)"
            );
        return new Exchange(message, null, $"{silence}, not even after the client closed its sending side");
    }

    private static async Task<Exchange> UdpExchangeAsync(
        ServerUnderTest server,
        string peer,
        string message,
        CancellationToken cancellationToken
    )
    {
        using var client = await server.OpenUdpAsync(peer);
        await client.SendAsync(Encoding.UTF8.GetBytes(message), server.Port, cancellationToken);
        var reply = await client.ReceiveAsync(server.Timeouts.Reply, cancellationToken, server.Program.Exited);
        if (reply is null)
            return new Exchange(
                message,
                null,
                UdpReplyFaults.Explain(server.Program, server.ReadSocketTable(), server.Port, client.LocalEndPoint)
                    is { } fault
                    ? $"no reply came back to the client's address {client.LocalEndPoint}: {fault}"
                    : await server.ExplainAsync(
                        $"no reply came back to the client's address {client.LocalEndPoint}{server.WithinReplyDeadline}"
                    )
            );
        server.CountServed();
        return new Exchange(message, reply.Bytes, null);
    }
}
