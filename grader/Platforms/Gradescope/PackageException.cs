using Grader.Errors;

namespace Grader.Platforms.Gradescope;

/// <summary>An autograder package the grader cannot make as asked: one sentence, exit code 2.</summary>
/// <param name="message">The sentence, naming the file or option.</param>
/// <param name="inner">The exception that caused it, if any.</param>
public sealed class PackageException(string message, Exception? inner = null)
    : GraderException(message, ExitCodes.BadInput, inner);
