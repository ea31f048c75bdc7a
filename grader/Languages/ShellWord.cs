using System.Text.RegularExpressions;

namespace Grader.Languages;

/// <summary>A word of a command line as <c>/bin/sh</c> reads it.</summary>
public static partial class ShellWord
{
    /// <summary><paramref name="word"/> as it is when it is plain, otherwise in single quotes.</summary>
    public static string Quote(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return PlainShellWord().IsMatch(word) ? word : $"'{word.Replace("'", "'\\''", StringComparison.Ordinal)}'";
    }

    [GeneratedRegex(@"^[A-Za-z0-9_./+@%-]+$")]
    private static partial Regex PlainShellWord();
}
