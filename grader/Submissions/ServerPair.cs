using Grader.Rubric;

namespace Grader.Submissions;

/// <summary>
/// Two server roles of one lab that speak one transport, one that must serve clients side by side and one that need
/// not (lab 1's sequential and concurrent TCP servers): files that could play either are told apart by how they serve.
/// </summary>
/// <param name="OneAtATime">The role that may serve one client at a time.</param>
/// <param name="SideBySide">The role that must serve clients side by side.</param>
internal sealed record ServerPair(Role OneAtATime, Role SideBySide)
{
    /// <summary>The transport's name for a report: <c>TCP</c>.</summary>
    public string TransportName => OneAtATime.Transport.ToString().ToUpperInvariant();

    /// <summary>Whether <paramref name="role"/> is one of the two.</summary>
    public bool Has(Role role) => role == OneAtATime || role == SideBySide;

    /// <summary>The pair among <paramref name="roles"/>, or null when the lab has none (or more than one, which no lab
    /// has: its roles are then found one by one).</summary>
    public static ServerPair? Of(IReadOnlyList<Role> roles)
    {
        var pairs = (
            from sideBySide in roles
            where sideBySide is { IsServer: true, ServesSideBySide: true }
            from oneAtATime in roles
            where oneAtATime is { IsServer: true, ServesSideBySide: false }
            where oneAtATime.Transport == sideBySide.Transport
            select new ServerPair(oneAtATime, sideBySide)
        ).ToList();
        return pairs is [var only] ? only : null;
    }
}
