using Grader.Errors;

namespace Grader.Similarity;

/// <summary>A problem with what the comparison was given (a base file that cannot be read): one sentence, exit code
/// 2.</summary>
/// <param name="message">The sentence, naming the file.</param>
/// <param name="inner">The file system's exception.</param>
public sealed class SimilarityException(string message, Exception? inner = null)
    : GraderException(message, ExitCodes.BadInput, inner);
