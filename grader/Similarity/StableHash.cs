namespace Grader.Similarity;

/// <summary>Hashes that are the same in every run and on every machine (unlike <see cref="string.GetHashCode()"/>), so
/// a class's fingerprints and its report do not change from one run to the next.</summary>
internal static class StableHash
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>FNV-1a of <paramref name="text"/>'s UTF-16 code units, mixed.</summary>
    public static ulong Of(ReadOnlySpan<char> text)
    {
        var hash = FnvOffset;
        foreach (var c in text)
        {
            hash ^= c;
            hash *= FnvPrime;
        }
        return Mix(hash);
    }

    /// <summary>A finaliser that spreads every input bit over the whole word (SplitMix64's), so the minimum of a
    /// window is a fair choice.</summary>
    public static ulong Mix(ulong value)
    {
        value ^= value >> 30;
        value *= 0xBF58476D1CE4E5B9UL;
        value ^= value >> 27;
        value *= 0x94D049BB133111EBUL;
        value ^= value >> 31;
        return value;
    }
}
