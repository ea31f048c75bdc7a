namespace Grader.Similarity;

/// <summary>
/// How fingerprints are taken (Schleimer, Wilkerson and Aiken's winnowing): hashes of every <see cref="K"/> tokens in a
/// row, and of every <see cref="Window"/> hashes in a row the smallest. A shared run of at least K + Window − 1 tokens
/// is always found; one shorter than K never is.
/// </summary>
/// <param name="K">Tokens per k-gram: the noise threshold.</param>
/// <param name="Window">Hashes per window: the density of the fingerprints kept (about 2 / (Window + 1)).</param>
public sealed record FingerprintSettings(int K, int Window)
{
    /// <summary>12 tokens, windows of 8: a copied run of 19 tokens (two or three lines of Python) is always found, and
    /// one k-gram is longer than most single statements. The figures of docs/similarity.md are measured with
    /// these.</summary>
    public static FingerprintSettings Default { get; } = new(12, 8);
}
