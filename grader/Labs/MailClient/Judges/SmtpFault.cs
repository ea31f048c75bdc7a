namespace Grader.Labs.MailClient.Judges;

/// <summary>
/// A fact the probe server found about a mail client's dialogue. Facts only: which of them a grade requires is the
/// rubric's choice (<see cref="MailClientHandout"/> says which the textbook's handout asks for).
/// </summary>
public enum SmtpFault
{
    /// <summary>The client sent no line at all.</summary>
    NoCommand,

    /// <summary>The client spoke before the server's <c>220</c> greeting.</summary>
    SpokeBeforeGreeting,

    /// <summary>The client sent a command before the reply to its previous one.</summary>
    SpokeBeforeReply,

    /// <summary>A command where another was expected (<c>DATA</c> before <c>RCPT TO:</c>).</summary>
    WrongOrder,

    /// <summary>A line that is no SMTP command (<c>HELLO</c>, <c>MAIL FROM alice</c>).</summary>
    UnknownCommand,

    /// <summary>A known command without what it needs (<c>HELO</c> with no name, <c>MAIL</c> without
    /// <c>FROM:</c>).</summary>
    MalformedCommand,

    /// <summary>An address not in angle brackets (<c>MAIL FROM: alice@example.com</c>): accepted, but noted.</summary>
    AddressWithoutBrackets,

    /// <summary>A line ended with a bare <c>\n</c>, not <c>\r\n</c>.</summary>
    BareLf,

    /// <summary>A last line with no line ending at all before the client closed.</summary>
    UnendedLine,

    /// <summary>The client never sent <c>DATA</c> and its message to a server that accepted the recipient.</summary>
    NoMessage,

    /// <summary>The message was never ended by a line holding only <c>.</c>.</summary>
    MessageNotEnded,

    /// <summary>The line <c>.</c> that ends the message, or the line before it, ended with a bare <c>\n</c>:
    /// <c>\r\n.\r\n</c> is required.</summary>
    EndOfDataBareLf,

    /// <summary>A message line that starts with a dot was sent without the extra dot.</summary>
    DotStuffingMissing,

    /// <summary>The message delivered does not hold the text the client was to send.</summary>
    MessageDiffers,

    /// <summary>The client closed without <c>QUIT</c> after its message was accepted.</summary>
    NoQuit,

    /// <summary>The client sent <c>DATA</c> after the server refused its only recipient.</summary>
    DataAfterRefusal,

    /// <summary>The client sent its message's lines after the server refused its only recipient.</summary>
    MessageAfterRefusal,

    /// <summary>The client closed without <c>QUIT</c> after the refusal.</summary>
    NoQuitAfterRefusal,

    /// <summary>The client's output does not say that the recipient was refused.</summary>
    RefusalNotReported,

    /// <summary>The client sent <c>AUTH</c> and its credentials on a connection in clear, before <c>STARTTLS</c>.</summary>
    CredentialsInClear,

    /// <summary>The client never sent its mail over TLS (neither <c>STARTTLS</c> nor port 465).</summary>
    NoTls,
}
