namespace Grader.Similarity;

/// <summary>One normalised token of a source: what it stands for (a keyword, an operator, or the class of a name or a
/// literal) as a stable hash, and the line it starts on.</summary>
/// <param name="Kind">The hash of the normalised text: every name is the same token, every string, every number.</param>
/// <param name="Line">Its line, from 1.</param>
public readonly record struct Token(ulong Kind, int Line);
