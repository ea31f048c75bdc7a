using System.Text;
using Grader.Results;
using Grader.Rubric;

namespace Grader.Checks.Servers;

/// <summary>UDP: an empty datagram does not bring the server down (the lecture's server answers it with an empty
/// one).</summary>
public sealed class EmptyDatagramCheck : IServerCheck
{
    /// <summary>The next datagram, after the empty one.</summary>
    public static readonly CheckSetting<string> Message = CheckSetting.Text(
        "message",
        "after an empty datagram",
        "the next datagram, after the empty one"
    );

    /// <inheritdoc />
    public string Kind => "empty-datagram";

    /// <inheritdoc />
    public IReadOnlyList<CheckSetting> Settings => [Message];

    /// <inheritdoc />
    public bool AppliesTo(Role role) => role == Role.UdpServer;

    /// <inheritdoc />
    public Task<CheckOutcome> RunAsync(
        CheckSpec spec,
        ServerUnderTest server,
        CancellationToken cancellationToken
    ) =>
        SurvivingDatagram.CheckAsync(
            server,
            [],
            "an empty datagram",
            spec.Settings.Get(Message),
            cancellationToken
        );
}

/// <summary>UDP, robustness: a datagram that is not valid UTF-8 does not bring the server down.</summary>
public sealed class InvalidUtf8Check : IServerCheck
{
    /// <summary>The next datagram, after the one that is not UTF-8.</summary>
    public static readonly CheckSetting<string> Message = CheckSetting.Text(
        "message",
        "after bytes that are not text",
        "the next datagram, after the one that is not UTF-8"
    );

    /// <inheritdoc />
    public string Kind => "invalid-utf8";

    /// <inheritdoc />
    public IReadOnlyList<CheckSetting> Settings => [Message];

    /// <inheritdoc />
    public bool AppliesTo(Role role) => role == Role.UdpServer;

    /// <inheritdoc />
    public Task<CheckOutcome> RunAsync(
        CheckSpec spec,
        ServerUnderTest server,
        CancellationToken cancellationToken
    ) =>
        SurvivingDatagram.CheckAsync(
            server,
            [0xff, 0xfe, 0x80, (byte)'a', (byte)'b', (byte)'c'],
            "a datagram that is not valid UTF-8",
            spec.Settings.Get(Message),
            cancellationToken
        );
}

/// <summary>Sends an odd datagram, then a normal one from the same client, and expects the normal one
/// answered.</summary>
internal static class SurvivingDatagram
{
    public static async Task<CheckOutcome> CheckAsync(
        ServerUnderTest server,
        byte[] odd,
        string what,
        string message,
        CancellationToken cancellationToken
    )
    {
        using var client = await server.OpenUdpAsync("client");
        await client.SendAsync(odd, server.Port, cancellationToken);
        await client.SendAsync(Encoding.UTF8.GetBytes(message), server.Port, cancellationToken);
        // The odd datagram may be answered (an empty reply to an empty one), or not; the normal one must be.
        for (var datagram = 0; datagram < 2; datagram++)
        {
            var reply = await client.ReceiveAsync(
                server.Timeouts.Reply,
                cancellationToken,
                server.Program.Exited
            );
            if (reply is null)
                break;
            var outcome = new Servers.Exchange(message, reply.Bytes, null).JudgeAnswered();
            if (outcome.Status == CheckStatus.Passed)
                return CheckOutcome.Pass($"survived {what} and answered the next datagram");
        }
        return CheckOutcome.FailAndBlock(
            await server.ExplainAsync(
                $"after {what}, the server did not answer the next datagram {Servers.Exchange.Quote(message)}{server.WithinReplyDeadline}"
            )
        );
    }
}
