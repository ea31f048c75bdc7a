using System.Text;
using Grader.Languages;

namespace Grader.Submissions;

/// <summary>
/// A source file's code without its comments and without what its string literals hold, so that a comment saying
/// "no threads here" or a prompt that mentions a socket does not count as code that does it.
/// </summary>
internal static class SourceText
{
    /// <summary>
    /// <paramref name="text"/> with every comment replaced by a space (a line break for a line comment) and every
    /// string or character literal emptied to its quotes, so <c>print("listen")</c> becomes <c>print("")</c>.
    /// </summary>
    public static string Code(string text, SourceSyntax syntax)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(syntax);
        return syntax.Family == SyntaxFamily.Indented ? IndentedCode(text) : BraceCode(text, syntax);
    }

    private static string IndentedCode(string text)
    {
        var code = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '#')
            {
                while (i < text.Length && text[i] != '\n')
                    i++;
                continue;
            }
            if (c is '\'' or '"')
            {
                // Prefixes (r, b, f, u) stay in the code as letters; the quotes delimit what is emptied.
                var triple = i + 2 < text.Length && text[i + 1] == c && text[i + 2] == c;
                var quote = triple ? new string(c, 3) : c.ToString();
                i += quote.Length;
                while (i < text.Length && !text.AsSpan(i).StartsWith(quote, StringComparison.Ordinal))
                {
                    if (!triple && text[i] == '\n')
                        break; // an unterminated short string ends at its line
                    i += text[i] == '\\' ? 2 : 1;
                }
                i += quote.Length;
                code.Append(quote).Append(quote);
                continue;
            }
            code.Append(c);
            i++;
        }
        return code.ToString();
    }

    private static string BraceCode(string text, SourceSyntax syntax)
    {
        var code = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (c == '/' && next == '/')
            {
                while (i < text.Length && text[i] != '\n')
                    i++;
                continue;
            }
            if (c == '/' && next == '*')
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? text.Length : end + 2;
                code.Append(' ');
                continue;
            }
            if (c == '"' && text.AsSpan(i).StartsWith("\"\"\"", StringComparison.Ordinal))
            {
                // A Java text block or a C# raw string literal: it ends at the next three quotes.
                var end = text.IndexOf("\"\"\"", i + 3, StringComparison.Ordinal);
                i = end < 0 ? text.Length : end + 3;
                code.Append("\"\"");
                continue;
            }
            if (c == '@' && next == '"' && syntax.PrefixedStrings)
            {
                // A C# verbatim string: backslashes are plain characters, and a doubled quote is a quote.
                i += 2;
                while (i < text.Length && !(text[i] == '"' && (i + 1 >= text.Length || text[i + 1] != '"')))
                    i += text[i] == '"' ? 2 : 1;
                i++;
                code.Append("\"\"");
                continue;
            }
            // A quote after a letter or digit is C++'s digit separator (1'000), not a character literal.
            var literal = c == '"' || (c == '\'' && (i == 0 || !char.IsLetterOrDigit(text[i - 1])));
            if (literal)
            {
                i++;
                while (i < text.Length && text[i] != c && text[i] != '\n')
                    i += text[i] == '\\' ? 2 : 1;
                i++;
                code.Append(c).Append(c);
                continue;
            }
            code.Append(c);
            i++;
        }
        return code.ToString();
    }
}
