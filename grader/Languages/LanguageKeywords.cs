namespace Grader.Languages;

/// <summary>
/// The words of a language that stay themselves in a similarity fingerprint when every other name becomes the same
/// token: its keywords, and the few built-in names a student cannot rename (<c>print</c>, <c>self</c>,
/// <c>printf</c>), which keep the structure of a program visible after its own names are blanked.
/// </summary>
/// <param name="Words">The words, compared as they are written.</param>
public sealed record LanguageKeywords(IReadOnlySet<string> Words)
{
    /// <summary>The keywords in <paramref name="words"/>, separated by spaces.</summary>
    public static LanguageKeywords Of(string words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return new(
            new HashSet<string>(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal)
        );
    }

    /// <summary>Whether <paramref name="word"/> stays itself.</summary>
    public bool Keeps(string word) => Words.Contains(word);
}
