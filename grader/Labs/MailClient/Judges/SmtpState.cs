namespace Grader.Labs.MailClient.Judges;

/// <summary>Where an SMTP dialogue stands: what the probe server expects next.</summary>
public enum SmtpState
{
    /// <summary>The greeting is out: <c>HELO</c> (or <c>EHLO</c>) comes next.</summary>
    ExpectHelo,

    /// <summary><c>MAIL FROM:</c> comes next.</summary>
    ExpectMail,

    /// <summary><c>RCPT TO:</c> comes next.</summary>
    ExpectRecipient,

    /// <summary>A recipient was accepted: <c>DATA</c> (or another <c>RCPT TO:</c>) comes next.</summary>
    ExpectData,

    /// <summary>After <c>354</c>: the message's lines, up to a line holding only <c>.</c>.</summary>
    ReadingMessage,

    /// <summary>The message was accepted: <c>QUIT</c> comes next.</summary>
    ExpectQuit,

    /// <summary><c>QUIT</c> was answered: the dialogue is over.</summary>
    Closed,
}
