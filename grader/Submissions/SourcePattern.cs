using System.Text.RegularExpressions;

namespace Grader.Submissions;

/// <summary>One line of <see cref="ProgramClassifier"/>'s table: code in some languages that shows a <see
/// cref="SocketFact"/>.</summary>
/// <param name="Dialects">The languages the pattern applies to.</param>
/// <param name="Fact">What a match shows.</param>
/// <param name="Code">A regular expression over the code, comments and string contents removed (<see
/// cref="SourceText"/>).</param>
/// <param name="How">For <see cref="SocketFact.Concurrent"/>, how the program serves connections side by side, in a few
/// words.</param>
internal sealed record SourcePattern(SourceDialect Dialects, SocketFact Fact, string Code, string? How = null)
{
    /// <summary>The compiled <see cref="Code"/>.</summary>
    public Regex Regex { get; } = new(Code, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
