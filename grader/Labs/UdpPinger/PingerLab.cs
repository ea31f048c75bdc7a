using Grader.Checks;
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

    /// <summary>The lab's one role: the ping client (<c>UDPPingerClient.py</c>).</summary>
    public static readonly Role Pinger = new("udp-pinger", RoleKind.Client, Transport.Udp)
    {
        Files = new(
            [
                "UDPPingerClient",
                "UDPPinger",
                "PingerClient",
                "udp_pinger",
                "udp_pinger_client",
                "UDPPingClient",
                "PingClient",
                "ping_client",
                "Pinger",
                "UDPPing",
                "Ping",
            ],
            "^(?=.*ping)(?!.*(server|test))",
            ["Ping ", "Request timed out"],
            "no file that sends pings to a UDP server and waits for their replies"
        ),
    };

    /// <inheritdoc />
    public LabDefinition Definition { get; } =
        new(
            Name,
            "UDP pinger: a client that pings a UDP server ten times, one second's wait each, and prints each RTT",
            [Pinger],
            Port,
            Path.Combine("Labs", "UdpPinger", "udp-pinger.yaml"),
            PingCheckKinds.Kinds
        );

    /// <inheritdoc />
    public IServerCheck? ServerCheck(Role role, string kind) => null;

    /// <summary>Whether <paramref name="role"/> is graded as a pinger: a UDP client (the lab's own role, or one an assignment file based on this lab describes).</summary>
    public static bool Plays(Role role) => role is { Kind: RoleKind.Client, Transport: Transport.Udp };

    /// <inheritdoc />
    /// <remarks>The client is run once against a probe server that plays a seeded <see cref="PingPlan"/>.</remarks>
    public IRoleGrader? RoleGrader(Role role, Assignment assignment, ISandbox sandbox) =>
        Plays(role) ? new PingerRoleGrader(assignment, sandbox) : null;
}
