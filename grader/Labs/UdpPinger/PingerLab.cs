using Grader.Checks;
using Grader.Labs.UdpPinger.Judges;
using Grader.Rubric;
using Grader.Sandboxes;

namespace Grader.Labs.UdpPinger;

/// <summary>
/// The UDP pinger lab (Kurose and Ross, chapter 2): the student's client sends ten pings <c>Ping &lt;sequence&gt;
/// &lt;time&gt;</c> to the server at localhost:12000, waits at most a second for each reply, and prints each round-trip
/// time or <c>Request timed out</c>. The grader plays the server, dropping and delaying pings by a seeded plan.
/// </summary>
public sealed class PingerLab : ILab
{
    /// <summary>The lab's name.</summary>
    public const string Name = "udp-pinger";

    /// <summary>The port the handout's server listens on.</summary>
    public const int Port = 12000;

    /// <inheritdoc />
    public LabDefinition Definition { get; } =
        new(
            Name,
            "UDP pinger: a client that pings a UDP server ten times, one second's wait each, and prints each RTT",
            PingerRoles.All,
            Port,
            Path.Combine("Labs", "UdpPinger", "udp-pinger.yaml"),
            PingerChecks.Kinds
        );

    /// <inheritdoc />
    public IServerCheck? ServerCheck(Role role, string kind) => null;

    /// <inheritdoc />
    /// <remarks>The client is run once against a probe server that plays a seeded <see cref="PingPlan"/>.</remarks>
    public IRoleGrader? RoleGrader(Role role, Assignment assignment, ISandbox sandbox) =>
        PingerRoles.Plays(role) ? new PingerRoleGrader(assignment, sandbox) : null;
}
