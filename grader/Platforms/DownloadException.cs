using Grader.Errors;

namespace Grader.Platforms;

/// <summary>A download, a roster or a gradebook request the grader cannot act on: one sentence, exit code 2.</summary>
/// <param name="message">The sentence, naming the file or option.</param>
/// <param name="inner">The exception that caused it, if any.</param>
public sealed class DownloadException(string message, Exception? inner = null)
    : GraderException(message, ExitCodes.BadInput, inner);
