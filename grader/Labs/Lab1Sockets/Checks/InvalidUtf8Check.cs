using Grader.Checks;
using Grader.Rubric;

namespace Grader.Labs.Lab1Sockets.Checks;

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
    public bool AppliesTo(Role role) => role.IsServer && role.Transport == Rubric.Transport.Udp;

    /// <inheritdoc />
    public Task<CheckOutcome> RunAsync(CheckSpec spec, ServerUnderTest server, CancellationToken cancellationToken) =>
        SurvivingDatagram.CheckAsync(
            server,
            [0xff, 0xfe, 0x80, (byte)'a', (byte)'b', (byte)'c'],
            "a datagram that is not valid UTF-8",
            spec.Settings.Get(Message),
            cancellationToken
        );
}
