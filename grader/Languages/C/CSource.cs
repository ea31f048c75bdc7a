namespace Grader.Languages.C;

/// <summary>How the grader reads C: <c>.c</c> files and their headers, with the BSD socket calls.</summary>
internal static class CSource
{
    /// <summary>C's sources.</summary>
    public static LanguageSource Reading { get; } =
        new(
            [".c", ".h"],
            new SourceSyntax(SyntaxFamily.Braces) { PreprocessorLines = true },
            CFamilyPatterns.With(),
            LanguageKeywords.Of(
                "auto break case char const continue default do double else enum extern float for goto if inline int "
                    + "long register restrict return short signed sizeof static struct switch typedef union unsigned "
                    + "void volatile while NULL printf fprintf sprintf snprintf scanf fgets puts perror exit main"
            )
        );
}
