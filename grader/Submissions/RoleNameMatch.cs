using Grader.Rubric;

namespace Grader.Submissions;

/// <summary>A file name that names a role.</summary>
/// <param name="Role">The role it names.</param>
/// <param name="Rank">How usual the name is: 0 for the lab's own name, higher for variants, highest for a loose
/// match.</param>
/// <param name="ExactLabName">Whether it is the lab's name letter for letter, such as <c>TCPServer</c>.</param>
internal sealed record RoleNameMatch(Role Role, int Rank, bool ExactLabName)
{
    /// <summary>Whether the name says the server serves one connection at a time (<c>TCPServerSequential</c>), unlike
    /// <c>TCPServer</c>, which does not say.</summary>
    public bool SaysSequential { get; init; }

    /// <summary>Whether it is one of the role's usual names rather than a loose match.</summary>
    public bool Listed => Rank < Role.Files.Names.Count;
}
