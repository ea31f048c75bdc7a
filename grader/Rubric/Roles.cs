using Grader.Sandboxes;

namespace Grader.Rubric;

/// <summary>Names and properties of <see cref="Role"/>s.</summary>
public static class Roles
{
    private static readonly Dictionary<Role, string> Names = new()
    {
        [Role.TcpClient] = "tcp-client",
        [Role.TcpServer] = "tcp-server",
        [Role.TcpServerConcurrent] = "tcp-server-concurrent",
        [Role.UdpClient] = "udp-client",
        [Role.UdpServer] = "udp-server",
    };

    /// <summary>Every role, in the lab's order.</summary>
    public static IReadOnlyList<Role> All { get; } = Enum.GetValues<Role>();

    /// <summary>The role's name in reports, assignment files and manifests, such as <c>tcp-server</c>.</summary>
    public static string Name(this Role role) => Names[role];

    /// <summary>Parses a role name such as <c>udp-client</c>.</summary>
    public static bool TryParse(string name, out Role role)
    {
        foreach (var (candidate, candidateName) in Names)
        {
            if (candidateName == name)
            {
                role = candidate;
                return true;
            }
        }
        role = default;
        return false;
    }

    /// <summary>Whether the role is a server, which the grader probes as a client.</summary>
    public static bool IsServer(this Role role) => role is Role.TcpServer or Role.TcpServerConcurrent or Role.UdpServer;

    /// <summary>The transport the role speaks.</summary>
    public static Transport Transport(this Role role) =>
        role is Role.UdpClient or Role.UdpServer ? Grader.Rubric.Transport.Udp : Grader.Rubric.Transport.Tcp;
}
