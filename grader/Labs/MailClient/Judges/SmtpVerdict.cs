using Grader.Checks;

namespace Grader.Labs.MailClient.Judges;

/// <summary>What the probe server found in a mail client's dialogue.</summary>
/// <param name="Findings">The faults, in the order they happened; empty when the dialogue was right.</param>
/// <param name="Lines">Every line the client sent, without its line ending.</param>
/// <param name="Message">The message delivered (dot-stuffing undone, lines joined by <c>\r\n</c>), or null when no
/// message was ended.</param>
/// <param name="QuitSent">Whether the client sent <c>QUIT</c>.</param>
public sealed record SmtpVerdict(
    IReadOnlyList<Finding<SmtpFault>> Findings,
    IReadOnlyList<string> Lines,
    string? Message,
    bool QuitSent
) : Verdict<SmtpFault>(Findings)
{
    /// <summary>Whether the message was delivered over TLS (after <c>STARTTLS</c>, or on port 465).</summary>
    public bool MessageOverTls { get; init; }

    /// <summary>Whether the client logged in (<c>AUTH</c>, answered <c>235</c>).</summary>
    public bool LoggedIn { get; init; }

    /// <summary>Why a TLS handshake failed, in a few words, or null.</summary>
    public string? TlsFailure { get; init; }
}
