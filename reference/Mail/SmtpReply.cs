namespace Reference.Mail;

/// <summary>A server's reply: its three-digit code and the text of its lines, joined by spaces.</summary>
/// <param name="Code">The reply code, such as 250.</param>
/// <param name="Text">The text after the code, of every line of a multi-line reply.</param>
public sealed record SmtpReply(int Code, string Text)
{
    /// <inheritdoc />
    public override string ToString() => Text.Length == 0 ? $"{Code}" : $"{Code} {Text}";
}
