namespace Grader.Rubric;

/// <summary>The roles of lab 1, the socket lab, in its order.</summary>
public static class Roles
{
    /// <summary>Every role of lab 1, in the lab's order.</summary>
    public static IReadOnlyList<Role> All { get; } =
    [Role.TcpClient, Role.TcpServer, Role.TcpServerConcurrent, Role.UdpClient, Role.UdpServer];

    /// <summary>Where <paramref name="role"/> stands in the lab's order, to sort by.</summary>
    public static int Order(Role role) => All.ToList().IndexOf(role);

    /// <summary>The role of lab 1 named <paramref name="name"/>, such as <c>udp-client</c>.</summary>
    /// <exception cref="ArgumentException">No role of lab 1 has that name.</exception>
    public static Role Named(string name) =>
        TryParse(name, out var role) ? role : throw new ArgumentException($"no role '{name}' in lab 1", nameof(name));

    /// <summary>Parses a role name of lab 1 such as <c>udp-client</c>.</summary>
    public static bool TryParse(string name, out Role role)
    {
        role = All.FirstOrDefault(r => r.Name == name)!;
        return role is not null;
    }
}
