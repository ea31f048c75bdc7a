using Grader.Checks;
using Grader.Labs.Lab1Sockets.Judges;
using Grader.Labs.Lab1Sockets.Probe;
using Grader.Results;
using Grader.Rubric;

namespace Grader.Labs.Lab1Sockets.Checks;

/// <summary>
/// The server replies with the message upper-cased. A reply unrelated to the message is tried once more with another
/// message, to tell a server that sends a fixed reply from one that garbles this message.
/// </summary>
public sealed class UppercaseCheck : IServerCheck
{
    /// <summary>The message sent.</summary>
    public static readonly CheckSetting<string> Message = CheckSetting.Text(
        "message",
        "hello, sockets 123!",
        "the message sent"
    );

    /// <inheritdoc />
    public string Kind => "uppercase";

    /// <inheritdoc />
    public IReadOnlyList<CheckSetting> Settings => [Message];

    /// <inheritdoc />
    public bool AppliesTo(Role role) => role.IsServer;

    /// <inheritdoc />
    public async Task<CheckOutcome> RunAsync(
        CheckSpec spec,
        ServerUnderTest server,
        CancellationToken cancellationToken
    )
    {
        var message = spec.Settings.Get(Message);
        var exchange = await server.ExchangeAsync("client", message, cancellationToken);
        var outcome = exchange.Judge();
        if (
            outcome.Status != CheckStatus.Failed
            || exchange.ReplyText is not { } reply
            || ReplyFaults.Shape(message, reply) != ReplyShape.Unrelated
        )
            return outcome;

        const string other = "another message, 2";
        var second = await server.ExchangeAsync("second client", other, cancellationToken);
        if (second.ReplyText != reply)
            return outcome;
        server.Memory.Of<FixedReply>().Text = reply;
        return CheckOutcome.Fail(
            $"the server replied {Exchange.Quote(reply)} to {Exchange.Quote(message)} and the same again to {Exchange.Quote(other)}: "
                + "it sends a fixed reply; it must send back the message it received, upper-cased"
        );
    }
}
