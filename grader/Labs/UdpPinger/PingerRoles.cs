using Grader.Rubric;

namespace Grader.Labs.UdpPinger;

/// <summary>The pinger lab's role as data: the file names students give it, and what tells it apart.</summary>
public static class PingerRoles
{
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

    /// <summary>Every role of the lab.</summary>
    public static IReadOnlyList<Role> All { get; } = [Pinger];

    /// <summary>Whether <paramref name="role"/> is graded as a pinger: a UDP client (the lab's own role, or one an assignment file based on this lab describes).</summary>
    public static bool Plays(Role role) => role is { Kind: RoleKind.Client, Transport: Transport.Udp };
}
