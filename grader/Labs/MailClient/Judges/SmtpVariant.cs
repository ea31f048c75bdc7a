namespace Grader.Labs.MailClient.Judges;

/// <summary>Which server the probe plays for a mail client.</summary>
public enum SmtpVariant
{
    /// <summary>A server that accepts the mail: the handout's dialogue from <c>220</c> to <c>221</c>.</summary>
    Accepting,

    /// <summary>A server that refuses the recipient with <c>550</c>: the client must not send the message.</summary>
    RecipientRefused,
}
