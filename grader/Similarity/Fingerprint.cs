namespace Grader.Similarity;

/// <summary>One fingerprint a file keeps: the hash of a k-gram of its tokens, and the lines that k-gram spans.</summary>
/// <param name="Hash">The k-gram's hash.</param>
/// <param name="FirstLine">The line of its first token.</param>
/// <param name="LastLine">The line of its last token.</param>
public readonly record struct Fingerprint(ulong Hash, int FirstLine, int LastLine);
