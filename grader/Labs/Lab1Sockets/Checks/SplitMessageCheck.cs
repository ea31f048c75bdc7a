using System.Text;
using Grader.Checks;
using Grader.Labs.Lab1Sockets.Judges;
using Grader.Labs.Lab1Sockets.Probe;
using Grader.Probes;
using Grader.Results;
using Grader.Rubric;

namespace Grader.Labs.Lab1Sockets.Checks;

/// <summary>
/// Robustness: a message that arrives in two parts is answered in full. The second part is sent once the server has
/// read the first (or after the pause at most), so a server that replies to whatever one read returns always fails,
/// and one that reads the whole message always passes, however loaded the machine.
/// </summary>
public sealed class SplitMessageCheck : IServerCheck
{
    /// <summary>The message sent in two parts.</summary>
    public static readonly CheckSetting<string> Message = CheckSetting.Text(
        "message",
        "hello in two parts",
        "the message sent in two parts"
    );

    /// <summary>How long the probe waits, after the first part, for the server to read it and then for an early reply,
    /// before it sends the second.</summary>
    public static readonly CheckSetting<TimeSpan> Delay = CheckSetting.Duration(
        "delay",
        TimeSpan.FromMilliseconds(200),
        "how long the probe waits, after the first part, for the server to read it and then for an early reply"
    );

    /// <inheritdoc />
    public string Kind => "split-message";

    /// <inheritdoc />
    public IReadOnlyList<CheckSetting> Settings => [Message, Delay];

    /// <inheritdoc />
    public bool AppliesTo(Role role) => role.IsServer && role.Transport == Rubric.Transport.Tcp;

    /// <inheritdoc />
    public async Task<CheckOutcome> RunAsync(
        CheckSpec spec,
        ServerUnderTest server,
        CancellationToken cancellationToken
    )
    {
        var message = spec.Settings.Get(Message);
        var half = message.Length / 2;
        var pause = spec.Settings.Get(Delay);
        TcpConnection connection;
        try
        {
            connection = await server.ConnectAsync("client", cancellationToken);
        }
        catch (ProbeException e)
        {
            return CheckOutcome.Fail(await server.ExplainAsync(e.Message));
        }
        using (connection)
        {
            await connection.SendAsync(Encoding.UTF8.GetBytes(message[..half]), cancellationToken);
            // Events, not timing, decide: once the server has read the first part (the kernel's socket table shows it),
            // a server that answers whatever one read returns replies at once, and the second part is not sent into a
            // connection it is closing; one that reads the whole message waits, and gets the second part.
            var hasRead = await server.WaitUntilServerHasReadAsync(pause, cancellationToken);
            Exchange exchange;
            if (await RepliesBeforeTheSecondPartAsync(server, connection, pause, cancellationToken))
            {
                server.Transcript.Note(
                    hasRead
                        ? "the server read the first part and replied before the second was sent"
                        : "the server replied before the second part was sent"
                );
                var early = await connection.ReadUntilClosedAsync(
                    server.Timeouts.Reply,
                    TimeSpan.FromMilliseconds(500),
                    cancellationToken
                );
                exchange = new Exchange(
                    message[..half],
                    early.Bytes.Length > 0 ? early.Bytes : null,
                    "the server closed the connection after the first part without replying"
                );
            }
            else
            {
                server.Transcript.Note(
                    hasRead
                        ? "the server has read the first part and waits; sending the second"
                        : $"sending the second part after {pause.TotalMilliseconds:0} ms"
                );
                exchange = await server.SendAndReadAsync(
                    connection,
                    message[half..],
                    cancellationToken,
                    diagnoseSilence: false
                );
            }
            var whole = new Exchange(message, exchange.Reply, exchange.Problem);
            var outcome = whole.JudgeComplete();
            if (outcome.Status == CheckStatus.Passed)
                return CheckOutcome.Pass($"answered {Exchange.Quote(message)}, sent in two parts, in full");
            var firstPart = UpperCasing.AcceptedForms(message[..half]);
            if (
                exchange.Reply is { } reply
                && (
                    firstPart.Contains(Encoding.UTF8.GetString(reply))
                    || Encoding.UTF8.GetString(reply) == message[..half]
                )
            )
                return CheckOutcome.Fail(
                    $"the message {Exchange.Quote(message)} came in two parts, and the server answered the first part only "
                        + $"({Exchange.Quote(Encoding.UTF8.GetString(reply))}) without waiting for the rest: TCP is a byte stream, one recv may return part of a message"
                );
            return outcome;
        }
    }

    // Whether the server replies (or closes) within the pause. A server the kernel shows waiting forever, having read
    // the first part, with nothing on its way from it, cannot: the second part is sent at once.
    private static async Task<bool> RepliesBeforeTheSecondPartAsync(
        ServerUnderTest server,
        TcpConnection connection,
        TimeSpan pause,
        CancellationToken cancellationToken
    )
    {
        var (replied, stuck) = await connection.DataWithinAsync(
            pause,
            token => server.StuckAsync(token),
            cancellationToken
        );
        if (stuck is not null)
            server.Transcript.Note(
                $"the kernel shows the server {stuck.Description}, having read the first part: it will not reply before the second"
            );
        return replied;
    }
}
