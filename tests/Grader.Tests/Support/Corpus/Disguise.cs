using System.Text.RegularExpressions;

namespace Grader.Tests.Support.Corpus;

/// <summary>The ways a student hides a copied Python program, each on its own: new names, new comments and prompts,
/// functions in another order, blank lines.</summary>
public static partial class Disguise
{
    // Names a student cannot rename: keywords, built-ins, the socket module's.
    private static readonly HashSet<string> Fixed = new(StringComparer.Ordinal)
    {
        "False",
        "None",
        "True",
        "and",
        "as",
        "assert",
        "break",
        "class",
        "continue",
        "def",
        "del",
        "elif",
        "else",
        "except",
        "finally",
        "for",
        "from",
        "global",
        "if",
        "import",
        "in",
        "is",
        "lambda",
        "not",
        "or",
        "pass",
        "raise",
        "return",
        "try",
        "while",
        "with",
        "yield",
        "print",
        "input",
        "len",
        "range",
        "int",
        "str",
        "sys",
        "socket",
        "threading",
        "time",
        "AF_INET",
        "SOCK_STREAM",
        "SOCK_DGRAM",
        "SOL_SOCKET",
        "SO_REUSEADDR",
        "argv",
        "exit",
        "encode",
        "decode",
        "upper",
        "lower",
        "strip",
        "split",
        "join",
        "append",
        "connect",
        "send",
        "sendall",
        "sendto",
        "recv",
        "recvfrom",
        "bind",
        "listen",
        "accept",
        "close",
        "settimeout",
        "setsockopt",
        "Thread",
        "start",
        "target",
        "args",
        "daemon",
        "ConnectionError",
        "ConnectionRefusedError",
        "KeyboardInterrupt",
        "OSError",
        "SystemExit",
        "ValueError",
        "__name__",
        "main",
        "strftime",
        "format",
        "max",
        "min",
        "sum",
        "abs",
        "isdigit",
        "replace",
        "count",
        "startswith",
        "endswith",
        "items",
        "get",
        "flush",
        "usr",
        "bin",
        "python3",
    };

    /// <summary>Every name the student chose renamed, consistently, to another plausible name.</summary>
    public static string Rename(string source, Random random)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        return Words()
            .Replace(
                source,
                m =>
                {
                    var prefix = m.Index + m.Length < source.Length && source[m.Index + m.Length] is '"' or '\'';
                    if (Fixed.Contains(m.Value) || prefix || InString(source, m.Index))
                        return m.Value;
                    if (!names.TryGetValue(m.Value, out var renamed))
                    {
                        renamed = $"{Vocabulary.Pick(random, Vocabulary.Nouns)}_{names.Count}";
                        names[m.Value] = renamed;
                    }
                    return renamed;
                }
            );
    }

    /// <summary>Every comment and every string's text reworded.</summary>
    public static string Reword(string source, Random random)
    {
        var lines = source
            .Split('\n')
            .Select(line =>
            {
                if (line.StartsWith("#!", StringComparison.Ordinal))
                    return line;
                var hash = line.IndexOf('#', StringComparison.Ordinal);
                if (hash >= 0 && !InString(line, hash))
                    line = line[..hash] + "# " + Vocabulary.Sentence(random);
                // Prompts and messages reworded; a host name, an address or "__main__" (no space in them) kept, so the
                // copy still works.
                return Strings()
                    .Replace(
                        line,
                        m =>
                            m.Value.Contains(' ', StringComparison.Ordinal)
                                ? m.Value[0] + Vocabulary.Sentence(random) + m.Value[^1]
                                : m.Value
                    );
            });
        return string.Join('\n', lines);
    }

    /// <summary>The top-level functions in another order (Python does not mind).</summary>
    public static string Reorder(string source, Random random)
    {
        var lines = source.Split('\n').ToList();
        var blocks = new List<List<string>>();
        var firstDef = lines.FindIndex(l => l.StartsWith("def ", StringComparison.Ordinal));
        if (firstDef < 0)
            return source;
        var at = firstDef;
        while (at < lines.Count && lines[at].StartsWith("def ", StringComparison.Ordinal))
        {
            var block = new List<string> { lines[at++] };
            while (at < lines.Count && (lines[at].Length == 0 || char.IsWhiteSpace(lines[at][0])))
                block.Add(lines[at++]);
            blocks.Add(block);
        }
        if (blocks.Count < 2)
            return source;
        var reordered = blocks.ToList();
        while (reordered.SequenceEqual(blocks))
            reordered = [.. blocks.OrderBy(_ => random.Next())];
        return string.Join('\n', lines.Take(firstDef).Concat(reordered.SelectMany(b => b)).Concat(lines.Skip(at)));
    }

    /// <summary>Blank lines added here and there.</summary>
    public static string Space(string source, Random random) =>
        string.Join('\n', source.Split('\n').SelectMany(line => random.Next(3) == 0 ? new[] { line, "" } : [line]));

    private static bool InString(string text, int index)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        var quotes = 0;
        for (var i = lineStart; i < index; i++)
            if (text[i] is '"' or '\'')
                quotes++;
        return quotes % 2 == 1;
    }

    [GeneratedRegex(@"\b[A-Za-z_][A-Za-z0-9_]*\b")]
    private static partial Regex Words();

    [GeneratedRegex("\"[^\"\\n]*\"|'[^'\\n]*'")]
    private static partial Regex Strings();
}
