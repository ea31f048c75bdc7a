using System.Text.RegularExpressions;
using Grader.Languages;

namespace Grader.Submissions;

/// <summary>A file in a submission that may be a role's program.</summary>
/// <param name="Source">Its path relative to the submission folder, with <c>/</c> between folders.</param>
/// <param name="Language">The language that recognised it.</param>
/// <param name="Match">The role its name names, or null.</param>
/// <param name="Depth">How many folders below the submission folder it is.</param>
internal sealed partial record Candidate(string Source, ILanguage Language, RoleNameMatch? Match, int Depth)
{
    /// <summary>What reading it tells; unknown for an executable, a test, or a file not read.</summary>
    public SourceFacts Facts { get; init; } = SourceFacts.Unknown;

    /// <summary>Best first among files named for the same role: the most usual name, the lab's own spelling, the
    /// registry's order (the lecture's language first), the top folder.</summary>
    public (int Rank, int Spelling, int Language, int Depth) NamePreference =>
        (
            Match?.Rank ?? int.MaxValue,
            Match?.ExactLabName == true ? 0 : 1,
            LanguageRegistry.All.ToList().IndexOf(Language),
            Depth
        );

    /// <summary>Best first among files that do the same thing: the top folder, then the registry's order (the
    /// lecture's language first).</summary>
    public (int Depth, int Language) ContentPreference => (Depth, LanguageRegistry.All.ToList().IndexOf(Language));

    /// <summary>
    /// Whether its path says it is a test (<c>test_client.py</c>, <c>tests/server.py</c>, <c>ClientTest.java</c>): a
    /// test connects to a server as a client does, but is not the student's client.
    /// </summary>
    public bool LooksLikeTest => TestName().IsMatch(Source);

    [GeneratedRegex(@"(^|[/_\-.])[Tt]ests?([/_\-.]|$)|(^|/)Test[A-Z]|[a-z]Tests?(\.|/|$)")]
    private static partial Regex TestName();
}
