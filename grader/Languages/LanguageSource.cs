namespace Grader.Languages;

/// <summary>
/// How the grader reads a language's sources: to tell what a program does (the program classifier) and to compare
/// the submissions of a class (the similarity tokeniser).
/// </summary>
/// <param name="Extensions">The extensions of its source files, headers included (<c>.c</c>, <c>.h</c>). A program
/// whose file has none of them (a C# project) is read as the sources in its folder.</param>
/// <param name="Syntax">How its comments and strings are written.</param>
/// <param name="Patterns">What its code shows about a program's sockets. Concurrency patterns are tried in this order,
/// so the first that matches says how the server works.</param>
/// <param name="Keywords">The words that stay themselves in a fingerprint.</param>
public sealed record LanguageSource(
    IReadOnlyList<string> Extensions,
    SourceSyntax Syntax,
    IReadOnlyList<ClassifierPattern> Patterns,
    LanguageKeywords Keywords
)
{
    /// <summary>Whether the file at <paramref name="path"/> is one of its sources, by its extension in any
    /// case.</summary>
    public bool Holds(string path) => Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);
}
