namespace Grader.Labs.MailClient.Judges;

/// <summary>One line a mail client sent, and what the probe server answered it.</summary>
/// <param name="Line">The line, without its line ending.</param>
/// <param name="Reply">The reply sent (without its <c>\r\n</c>), or null when none was due (a line of the
/// message).</param>
/// <param name="Early">Whether the client sent it before the server's previous reply (or greeting) went out.</param>
/// <param name="InMessage">Whether it was a line of the message (after <c>354</c>, up to and with the ending
/// <c>.</c>).</param>
public sealed record SmtpExchange(string Line, string? Reply, bool Early, bool InMessage)
{
    /// <summary>The command's verb in upper case (<c>HELO</c>, <c>MAIL</c>), or empty for a line of the message or one
    /// that starts with no letter.</summary>
    public string Verb => InMessage ? "" : new string([.. Line.TakeWhile(char.IsAsciiLetter)]).ToUpperInvariant();
}
