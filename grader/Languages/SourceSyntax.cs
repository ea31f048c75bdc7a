namespace Grader.Languages;

/// <summary>How a language writes what is not code (comments, string literals, preprocessor lines), so that the
/// classifier and the similarity tokeniser can set it apart.</summary>
/// <param name="Family">Its comments, strings and blocks.</param>
public sealed record SourceSyntax(SyntaxFamily Family)
{
    /// <summary>Whether a line starting with <c>#</c> is a preprocessor directive (<c>#include</c>, <c>#region</c>),
    /// not code.</summary>
    public bool PreprocessorLines { get; init; }

    /// <summary>Whether a string may be prefixed with <c>@</c> (verbatim: backslashes are plain characters and a
    /// doubled quote is a quote) or <c>$</c> (interpolated), as in C#.</summary>
    public bool PrefixedStrings { get; init; }
}
