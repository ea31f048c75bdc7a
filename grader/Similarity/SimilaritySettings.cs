namespace Grader.Similarity;

/// <summary>What a class's comparison subtracts and what it reports.</summary>
/// <param name="Threshold">The score at which a pair of submissions is reported: the share of the two submissions' own
/// code (beyond the base and the common, all programs together) that their matched programs cover, from 0 to
/// 1.</param>
/// <param name="CommonShare">A fingerprint in more than this share of the class's submissions is common knowledge and
/// counts for nobody, as MOSS's <c>-m</c> (and in more than <see cref="CommonFloor"/> of them).</param>
/// <param name="BaseFiles">Code everyone was given (the lecture's programs, an instructor's starter code): every
/// k-gram in it counts for nobody.</param>
public sealed record SimilaritySettings(double Threshold, double CommonShare, IReadOnlyList<string> BaseFiles)
{
    /// <summary>The threshold measured on the generated corpus (see docs/similarity.md).</summary>
    public const double DefaultThreshold = 0.5;

    /// <summary>A third of the class, as the issue asks.</summary>
    public const double DefaultCommonShare = 1.0 / 3;

    /// <summary>A fingerprint in this many submissions or fewer is never common, however small the class, so three or
    /// four students who share code are still seen in a class of ten.</summary>
    public const int CommonFloor = 4;

    /// <summary>The least number of distinct fingerprints (weighed by <see cref="Weight"/>) two programs must share
    /// beyond the base and the common
    /// (five or six lines of Python), so a program whose only code beyond the lecture is an idiom many students write
    /// (a two-line <c>try</c>, <c>SO_REUSEADDR</c>) is not a pair with every other that has it.</summary>
    public int MinimumShared { get; init; } = DefaultMinimumShared;

    /// <summary>About six lines of Python. On the generated classes (see docs/similarity.md) no program of an
    /// independent solution shares this much with another's, and every copied program shares more.</summary>
    public const int DefaultMinimumShared = 12;

    /// <summary>A fingerprint in at most this many submissions counts in full as evidence that two of them share code;
    /// one in more, below the common share, counts this many over how many hold it (an idiom forty students wrote is
    /// weak evidence that two of them copied). MOSS's default <c>-m</c> is the same number, as a hard cut.</summary>
    public int RareCount { get; init; } = DefaultRareCount;

    /// <summary>Ten, as MOSS's default <c>-m</c>.</summary>
    public const int DefaultRareCount = 10;

    /// <summary>How much a fingerprint in <paramref name="submissions"/> of the class counts as evidence, from 0 to
    /// 1.</summary>
    public double Weight(int submissions) => submissions <= RareCount ? 1 : RareCount / (double)submissions;

    /// <summary>How fingerprints are taken.</summary>
    public FingerprintSettings Fingerprints { get; init; } = FingerprintSettings.Default;

    /// <summary>Whether a fingerprint found in <paramref name="submissions"/> of a class of <paramref name="classSize"/>
    /// is common knowledge.</summary>
    public bool IsCommon(int submissions, int classSize) =>
        submissions > CommonFloor && submissions > CommonShare * classSize;
}
