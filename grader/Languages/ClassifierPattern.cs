using System.Text.RegularExpressions;

namespace Grader.Languages;

/// <summary>One line of a language's table for the program classifier: code that shows a <see
/// cref="SocketFact"/>.</summary>
/// <param name="Fact">What a match shows.</param>
/// <param name="Code">A regular expression over the code, its comments and string contents removed.</param>
/// <param name="How">For <see cref="SocketFact.Concurrent"/>, how the program serves connections side by side, in a few
/// words.</param>
public sealed record ClassifierPattern(SocketFact Fact, string Code, string? How = null)
{
    /// <summary>The compiled <see cref="Code"/>.</summary>
    public Regex Regex { get; } = new(Code, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
