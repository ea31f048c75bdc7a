using System.Text;
using System.Text.RegularExpressions;

namespace Grader.Tests.Engines;

/// <summary>The <c>grader</c> command in a line of an engine file's shell script, as the shell would hand it to the
/// grader: variables expanded, quotes removed, up to the first operator. A glob is left for the test to match.</summary>
public static partial class ShellLine
{
    /// <summary>The arguments after <c>grader</c> in <paramref name="line"/> (or after <c>"$(command -v grader)"</c>,
    /// as a <c>sudo</c> line runs it), <paramref name="variables"/> expanded; null when the line runs no grader.</summary>
    public static IReadOnlyList<string>? GraderArguments(string line, IReadOnlyDictionary<string, string> variables)
    {
        line = line.Replace("$(command -v grader)", "grader", StringComparison.Ordinal);
        if (!GraderWord().IsMatch(line))
            return null;
        var words = Words(line, variables);
        var start = words.IndexOf("grader");
        if (start < 0)
            return null;
        return words.Skip(start + 1).TakeWhile(w => w is not ("||" or "&&" or ";" or "|" or ">" or ">>")).ToList();
    }

    // Splits a line into words as sh does for a simple command: single and double quotes, $VAR and ${VAR}.
    private static List<string> Words(string line, IReadOnlyDictionary<string, string> variables)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        char? quote = null;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quote is null && char.IsWhiteSpace(c))
            {
                if (inWord)
                    words.Add(word.ToString());
                word.Clear();
                inWord = false;
                continue;
            }
            inWord = true;
            if (c == quote)
                quote = null;
            else if (quote is null && c is '"' or '\'')
                quote = c;
            else if (c == '$' && quote != '\'' && Variable().Match(line, i) is { Success: true } match)
            {
                var name = match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value;
                word.Append(
                    variables.TryGetValue(name, out var value)
                        ? value
                        : throw new InvalidOperationException($"${name} in '{line}' is not set by the engine")
                );
                i += match.Length - 1;
            }
            else
                word.Append(c);
        }
        if (inWord)
            words.Add(word.ToString());
        return words;
    }

    [GeneratedRegex(@"(^|[\s""'])grader([\s""']|$)")]
    private static partial Regex GraderWord();

    [GeneratedRegex(@"\G\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))")]
    private static partial Regex Variable();

    /// <summary>Whether the shell glob <paramref name="glob"/> (<c>*</c> and <c>?</c>) matches
    /// <paramref name="path"/>.</summary>
    public static bool Matches(string glob, string path) =>
        Regex.IsMatch(
            path,
            "^"
                + Regex
                    .Escape(glob)
                    .Replace(@"\*", "[^/]*", StringComparison.Ordinal)
                    .Replace(@"\?", "[^/]", StringComparison.Ordinal)
                + "$"
        );
}
