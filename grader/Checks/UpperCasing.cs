using System.Globalization;
using System.Text;

namespace Grader.Checks;

/// <summary>
/// The replies a correct server may give: languages upper-case differently. Python's <c>str.upper()</c> applies
/// Unicode's full case mapping (ß becomes SS); .NET's <c>ToUpperInvariant</c> and Java's simple mappings keep ß.
/// Both are correct.
/// </summary>
public static class UpperCasing
{
    // Unicode's SpecialCasing.txt: the unconditional upper-case mappings that change a string's length.
    private static readonly Dictionary<char, string> FullMappings = new()
    {
        ['ß'] = "SS", ['ŉ'] = "ʼN", ['ǰ'] = "J̌", ['ΐ'] = "Ϊ́", ['ΰ'] = "Ϋ́", ['և'] = "ԵՒ",
        ['ẖ'] = "H̱", ['ẗ'] = "T̈", ['ẘ'] = "W̊", ['ẙ'] = "Y̊", ['ẚ'] = "Aʾ",
        ['ﬀ'] = "FF", ['ﬁ'] = "FI", ['ﬂ'] = "FL", ['ﬃ'] = "FFI", ['ﬄ'] = "FFL", ['ﬅ'] = "ST", ['ﬆ'] = "ST",
    };

    /// <summary>Every acceptable upper-cased form of <paramref name="text"/>: simple mapping first, then full.</summary>
    public static IReadOnlyList<string> AcceptedForms(string text)
    {
        var simple = text.ToUpperInvariant();
        var full = new StringBuilder(text.Length);
        foreach (var c in text)
            full.Append(FullMappings.TryGetValue(c, out var mapped) ? mapped : char.ToUpperInvariant(c).ToString(CultureInfo.InvariantCulture));
        return simple == full.ToString() ? [simple] : [simple, full.ToString()];
    }
}
