namespace Grader.Labs.MailClient.Judges;

/// <summary>
/// Which faults the textbook's handout (Kurose and Ross, chapter 2, the SMTP mail client assignment) rules out, and
/// which are robustness a rubric may grade separately. The handout's client reads the <c>220</c> greeting, then sends
/// <c>HELO</c>, <c>MAIL FROM</c>, <c>RCPT TO</c>, <c>DATA</c>, the message ended by <c>\r\n.\r\n</c> and <c>QUIT</c>,
/// each line ended by <c>\r\n</c> and each after reading the previous reply; it never meets a refusal.
/// </summary>
public static class MailClientHandout
{
    private static readonly HashSet<SmtpFault> Required =
    [
        SmtpFault.NoCommand,
        SmtpFault.SpokeBeforeGreeting,
        SmtpFault.SpokeBeforeReply,
        SmtpFault.WrongOrder,
        SmtpFault.UnknownCommand,
        SmtpFault.MalformedCommand,
        SmtpFault.BareLf,
        SmtpFault.UnendedLine,
        SmtpFault.NoMessage,
        SmtpFault.MessageNotEnded,
        SmtpFault.EndOfDataBareLf,
        SmtpFault.MessageDiffers,
        SmtpFault.NoQuit,
    ];

    /// <summary>Whether the handout asks for what <paramref name="fault"/> breaks; otherwise it is robustness (angle
    /// brackets, dot-stuffing, the refused recipient).</summary>
    public static bool Requires(SmtpFault fault) => Required.Contains(fault);
}
