using System.Globalization;
using System.Text;

namespace Grader.Labs.Lab1Sockets.Judges;

/// <summary>
/// The replies a correct server may give: languages upper-case differently. Python's <c>str.upper()</c> applies
/// Unicode's full case mapping (ß becomes SS); .NET's <c>ToUpperInvariant</c> and Java's simple mappings keep ß; and a
/// server that upper-cases the bytes it received (Python's <c>bytes.upper()</c>, C's <c>toupper</c> per byte) changes
/// the ASCII letters only and passes every other byte through unchanged. All three are correct for this lab.
/// </summary>
public static class UpperCasing
{
    // Unicode's SpecialCasing.txt: the unconditional upper-case mappings that change a string's length.
    private static readonly Dictionary<char, string> FullMappings = new()
    {
        ['ß'] = "SS",
        ['ŉ'] = "ʼN",
        ['ǰ'] = "J̌",
        ['ΐ'] = "Ϊ́",
        ['ΰ'] = "Ϋ́",
        ['և'] = "ԵՒ",
        ['ẖ'] = "H̱",
        ['ẗ'] = "T̈",
        ['ẘ'] = "W̊",
        ['ẙ'] = "Y̊",
        ['ẚ'] = "Aʾ",
        ['ﬀ'] = "FF",
        ['ﬁ'] = "FI",
        ['ﬂ'] = "FL",
        ['ﬃ'] = "FFI",
        ['ﬄ'] = "FFL",
        ['ﬅ'] = "ST",
        ['ﬆ'] = "ST",
    };

    /// <summary>Every acceptable upper-cased form of <paramref name="text"/>, each once: the simple mapping, the full
    /// one, ASCII letters only.</summary>
    public static IReadOnlyList<string> AcceptedForms(string text)
    {
        var simple = text.ToUpperInvariant();
        var full = new StringBuilder(text.Length);
        foreach (var c in text)
            full.Append(
                FullMappings.TryGetValue(c, out var mapped)
                    ? mapped
                    : char.ToUpperInvariant(c).ToString(CultureInfo.InvariantCulture)
            );
        return new[] { simple, full.ToString(), AsciiOnly(text) }.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The ASCII letters upper-cased, every other character as it was: what upper-casing the UTF-8 bytes
    /// gives.</summary>
    public static string AsciiOnly(string text) =>
        string.Create(
            text.Length,
            text,
            (span, source) =>
            {
                for (var i = 0; i < span.Length; i++)
                    span[i] = char.IsAsciiLetterLower(source[i]) ? (char)(source[i] - 'a' + 'A') : source[i];
            }
        );
}
