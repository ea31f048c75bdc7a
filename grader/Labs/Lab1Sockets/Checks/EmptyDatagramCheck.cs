using Grader.Checks;
using Grader.Rubric;

namespace Grader.Labs.Lab1Sockets.Checks;

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
    public bool AppliesTo(Role role) => role.IsServer && role.Transport == Rubric.Transport.Udp;

    /// <inheritdoc />
    public Task<CheckOutcome> RunAsync(CheckSpec spec, ServerUnderTest server, CancellationToken cancellationToken) =>
        SurvivingDatagram.CheckAsync(server, [], "an empty datagram", spec.Settings.Get(Message), cancellationToken);
}
