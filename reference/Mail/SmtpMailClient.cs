using Reference.Protocol;
using Reference.Terminal;

namespace Reference.Mail;

/// <summary>
/// The textbook's SMTP client lab, done right: reads a message body from standard input, then sends it with
/// <c>HELO</c>, <c>MAIL FROM</c>, <c>RCPT TO</c>, <c>DATA</c> and <c>QUIT</c>, each command only after the reply
/// to the one before, every reply's code checked. On an unexpected reply it sends <c>QUIT</c> instead of going on.
/// </summary>
/// <param name="console">Where the body is read and the transcript written.</param>
public sealed class SmtpMailClient(StandardStreams console)
{
    /// <summary>Sends one message.</summary>
    /// <param name="host">The mail server's host name or IPv4 address.</param>
    /// <param name="port">The mail server's port.</param>
    /// <param name="from">The sender's address, without angle brackets.</param>
    /// <param name="to">The recipient's address, without angle brackets.</param>
    /// <param name="subject">The subject, one line.</param>
    /// <param name="cancellationToken">Abandons the session.</param>
    /// <returns>A task that completes once the server has answered QUIT.</returns>
    /// <exception cref="UserFacingException">The server cannot be reached, answers a step with an unexpected code,
    /// or breaks the dialogue.</exception>
    public async Task RunAsync(
        string host,
        int port,
        string from,
        string to,
        string subject,
        CancellationToken cancellationToken
    )
    {
        // Read first, so that the server never waits on a connection while the user types.
        var body = await console.In.ReadToEndAsync(cancellationToken).WaitAsync(cancellationToken);
        var data = MailMessage.Compose(from, to, subject, body, DateTimeOffset.Now);
        var server = await Ipv4Address.ResolveAsync(host, port, cancellationToken);
        using var session = await SmtpSession.ConnectAsync(server, host, port, console, cancellationToken);
        try
        {
            await ExpectAsync(session, "the greeting", [220], cancellationToken);
            await StepAsync(session, $"HELO {session.ClientName}", "HELO", [250], cancellationToken);
            await StepAsync(session, $"MAIL FROM:<{from}>", "MAIL FROM", [250], cancellationToken);
            await StepAsync(session, $"RCPT TO:<{to}>", "RCPT TO", [250, 251], cancellationToken);
            await StepAsync(session, "DATA", "DATA", [354], cancellationToken);
            await session.SendDataAsync(data, MailMessage.Lines(body).Count, cancellationToken);
            await ExpectAsync(session, "the end of the message", [250], cancellationToken);
        }
        catch (UserFacingException)
        {
            await QuitAfterFailureAsync(session, cancellationToken);
            throw;
        }

        await session.SendCommandAsync("QUIT", cancellationToken);
        var reply = await session.ReadReplyAsync("QUIT", MailDefaults.ReplyTimeout, cancellationToken);
        if (reply.Code != 221)
        {
            throw new UserFacingException(
                $"The mail server at {session.Server} accepted the message but answered QUIT with '{reply}' "
                    + "(expected 221)."
            );
        }
    }

    private static async Task StepAsync(
        SmtpSession session,
        string command,
        string verb,
        int[] expected,
        CancellationToken cancellationToken
    )
    {
        await session.SendCommandAsync(command, cancellationToken);
        await ExpectAsync(session, verb, expected, cancellationToken);
    }

    private static async Task ExpectAsync(
        SmtpSession session,
        string answering,
        int[] expected,
        CancellationToken cancellationToken
    )
    {
        var reply = await session.ReadReplyAsync(answering, MailDefaults.ReplyTimeout, cancellationToken);
        if (!expected.Contains(reply.Code))
        {
            var codes = string.Join(" or ", expected);
            throw new UserFacingException(
                $"The mail server at {session.Server} answered {answering} with '{reply}' (expected {codes}); "
                    + "the message was not accepted."
            );
        }
    }

    /// <summary>
    /// Ends a failed session politely: QUIT, and a short wait for its reply. Whatever goes wrong here is ignored;
    /// the failure that led here is the one to report.
    /// </summary>
    private static async Task QuitAfterFailureAsync(SmtpSession session, CancellationToken cancellationToken)
    {
        try
        {
            await session.SendCommandAsync("QUIT", cancellationToken);
            await session.ReadReplyAsync("QUIT", MailDefaults.QuitAfterFailureTimeout, cancellationToken);
        }
        catch (UserFacingException)
        {
            // The connection is gone or the server is mute: nothing more to say to it.
        }
    }
}
