namespace Grader.Errors;

/// <summary>
/// A problem the user can act on, such as a missing folder or an unavailable sandbox: the grader ends with <see
/// cref="ExitCode"/> after one line on standard error, <c>grader: </c> and <see cref="Line"/>, never a stack trace.
/// </summary>
/// <param name="message">One sentence for the user, without the <c>grader: </c> prefix.</param>
/// <param name="exitCode">What the grader exits with, one of <see cref="ExitCodes"/>.</param>
/// <param name="inner">The exception that caused it, if any, kept for a debugger and <c>GRADER_DEBUG</c>.</param>
public abstract class GraderException(string message, int exitCode, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>What the grader exits with when this ends it.</summary>
    public int ExitCode { get; } = exitCode;

    /// <summary>What the grader prints after <c>grader: </c>: the message, or the message after what could not be
    /// done.</summary>
    public virtual string Line => Message;
}
