using Grader.Errors;

namespace Grader.Submissions;

/// <summary>A problem with the user's input (no such folder, an unreadable manifest): one clear sentence, exit code
/// 2.</summary>
/// <param name="message">The sentence, naming the folder or file.</param>
/// <param name="inner">The exception that caused it, such as the file system's or the YAML parser's.</param>
public sealed class SubmissionException(string message, Exception? inner = null)
    : GraderException(message, ExitCodes.BadInput, inner);
