namespace Grader.Similarity;

/// <summary>
/// Winnowing, after Schleimer, Wilkerson and Aiken (SIGMOD 2003): hash every k-gram of tokens, then keep the smallest
/// hash of every window of consecutive hashes (the rightmost when several are smallest), each kept position once.
/// Two files that share a long enough run of tokens keep at least one equal fingerprint from it, wherever it sits.
/// </summary>
public static class Winnowing
{
    // The base of the polynomial k-gram hash, arithmetic modulo 2^64 (an odd constant with its bits well spread).
    private const ulong Base = 0x100000001B3UL;

    /// <summary>The hash of each k-gram of <paramref name="tokens"/>, at the index of its first token.</summary>
    public static ulong[] KGramHashes(IReadOnlyList<Token> tokens, int k)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (tokens.Count < k)
            return [];
        var hashes = new ulong[tokens.Count - k + 1];
        // A rolling hash: drop the first token's term, shift, add the next token.
        ulong top = 1;
        for (var i = 1; i < k; i++)
            top *= Base;
        ulong hash = 0;
        for (var i = 0; i < k; i++)
            hash = (hash * Base) + tokens[i].Kind;
        hashes[0] = StableHash.Mix(hash);
        for (var i = 1; i < hashes.Length; i++)
        {
            hash = ((hash - (tokens[i - 1].Kind * top)) * Base) + tokens[i + k - 1].Kind;
            hashes[i] = StableHash.Mix(hash);
        }
        return hashes;
    }

    /// <summary>The fingerprints of <paramref name="tokens"/>: the winnowed k-gram hashes, with the lines each
    /// spans.</summary>
    public static IReadOnlyList<Fingerprint> Fingerprints(IReadOnlyList<Token> tokens, FingerprintSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var hashes = KGramHashes(tokens, settings.K);
        var kept = new List<Fingerprint>();
        if (hashes.Length == 0)
            return kept;
        var window = Math.Min(settings.Window, hashes.Length);
        var last = -1;
        for (var start = 0; start + window <= hashes.Length; start++)
        {
            var smallest = start;
            for (var i = start + 1; i < start + window; i++)
                if (hashes[i] <= hashes[smallest])
                    smallest = i;
            if (smallest == last)
                continue;
            last = smallest;
            kept.Add(new Fingerprint(hashes[smallest], tokens[smallest].Line, tokens[smallest + settings.K - 1].Line));
        }
        return kept;
    }
}
