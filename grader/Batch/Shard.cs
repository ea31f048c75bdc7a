using System.Globalization;

namespace Grader.Batch;

/// <summary>
/// One of <see cref="Count"/> shares of a class, for a CI matrix: the submissions in name order are dealt out in turn,
/// so the shares are even, disjoint, together whole, and the same on every machine that sees the same folders.
/// </summary>
/// <param name="Number">Which share, from 1 to <paramref name="Count"/>.</param>
/// <param name="Count">How many shares.</param>
public sealed record Shard(int Number, int Count)
{
    /// <summary>The whole class in one share.</summary>
    public static Shard Whole { get; } = new(1, 1);

    /// <summary>Parses <c>K/N</c>, such as <c>2/4</c>; null when the text is not <c>K/N</c> with 1 ≤ K ≤ N.</summary>
    public static Shard? TryParse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('/');
        return
            parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count >= 1
            && number >= 1
            && number <= count
            ? new Shard(number, count)
            : null;
    }

    /// <summary>This share of <paramref name="names"/>, which it sorts first.</summary>
    public IReadOnlyList<string> Of(IEnumerable<string> names) =>
        names.Order(StringComparer.Ordinal).Where((_, i) => i % Count == Number - 1).ToList();

    /// <inheritdoc />
    public override string ToString() => $"{Number}/{Count}";
}
