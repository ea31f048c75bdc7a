using System.Text;
using Grader.Checks;
using Grader.Labs.Lab1Sockets.Judges;
using Grader.Labs.Lab1Sockets.Probe;
using Grader.Results;
using Grader.Rubric;

namespace Grader.Labs.Lab1Sockets.Checks;

/// <summary>
/// A message of a given size (1024 bytes, the most one <c>recv(1024)</c> reads, is required; more is robustness)
/// comes back upper-cased in full.
/// </summary>
public sealed class LongMessageCheck : IServerCheck
{
    /// <summary>The message's size in bytes.</summary>
    public static readonly CheckSetting<int> Size = CheckSetting.WholeNumber(
        "size",
        0,
        65000,
        1024,
        "the message's size in bytes"
    );

    /// <inheritdoc />
    public string Kind => "long-message";

    /// <inheritdoc />
    public IReadOnlyList<CheckSetting> Settings => [Size];

    /// <inheritdoc />
    public bool AppliesTo(Role role) => role.IsServer;

    /// <inheritdoc />
    public async Task<CheckOutcome> RunAsync(
        CheckSpec spec,
        ServerUnderTest server,
        CancellationToken cancellationToken
    )
    {
        var size = spec.Settings.Get(Size);
        var message = Messages.OfSize(size);
        var exchange = await server.ExchangeAsync("client", message, cancellationToken);
        var outcome = exchange.JudgeComplete();
        if (outcome.Status == CheckStatus.Passed)
            return CheckOutcome.Pass($"replied to a {size}-byte message with all {size} bytes");
        if (
            exchange.Reply is { } reply
            && reply.Length < size
            && message.StartsWith(Encoding.UTF8.GetString(reply), StringComparison.OrdinalIgnoreCase)
        )
            return CheckOutcome.Fail(
                server.Transport == Rubric.Transport.Udp
                    ? $"the reply to a {size}-byte datagram had only its first {reply.Length} bytes: the server receives with a {reply.Length}-byte buffer, "
                        + "and recvfrom cuts a longer datagram there; receive with a buffer as large as a datagram can be (65535)"
                    : $"the reply to a {size}-byte message had only its first {reply.Length} bytes: the server reads once with a {reply.Length}-byte buffer; "
                        + "read until the whole message has arrived"
            );
        return outcome with { Message = $"a {size}-byte message: {outcome.Message}" };
    }
}
