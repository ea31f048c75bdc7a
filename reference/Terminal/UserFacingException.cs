namespace Reference.Terminal;

/// <summary>
/// A failure the user can cause and fix (server not running, port in use, unknown host). Its message is one
/// sentence, printed on standard error without a stack trace.
/// </summary>
/// <param name="message">The sentence to show the user.</param>
/// <param name="innerException">The underlying failure, if any.</param>
public sealed class UserFacingException(string message, Exception? innerException = null)
    : Exception(message, innerException);
