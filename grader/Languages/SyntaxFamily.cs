namespace Grader.Languages;

/// <summary>The two ways the grader's languages write comments, strings and blocks.</summary>
public enum SyntaxFamily
{
    /// <summary>Python's: <c>#</c> comments, strings in single, double or tripled quotes, blocks by
    /// indentation.</summary>
    Indented,

    /// <summary>C's: <c>//</c> and <c>/* */</c> comments, strings in double quotes, characters in single ones, blocks
    /// in braces.</summary>
    Braces,
}
