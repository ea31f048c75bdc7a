using Grader.Errors;

namespace Grader.Rubric;

/// <summary>An assignment file that cannot be used: the message names the file, the line and the key (exit code
/// 2).</summary>
/// <param name="message">The sentence, naming the file, the line and the key.</param>
/// <param name="inner">The exception that caused it, such as the file system's or the YAML parser's.</param>
public sealed class AssignmentException(string message, Exception? inner = null)
    : GraderException(message, ExitCodes.BadInput, inner);
