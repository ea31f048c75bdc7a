namespace Grader.Labs.MailClient;

/// <summary>What the probe server found in a mail client's dialogue.</summary>
/// <param name="Findings">The faults, in the order they happened; empty when the dialogue was right.</param>
/// <param name="Lines">Every line the client sent, without its line ending.</param>
/// <param name="Message">The message delivered (dot-stuffing undone, lines joined by <c>\r\n</c>), or null when no
/// message was ended.</param>
/// <param name="QuitSent">Whether the client sent <c>QUIT</c>.</param>
public sealed record SmtpVerdict(
    IReadOnlyList<SmtpFinding> Findings,
    IReadOnlyList<string> Lines,
    string? Message,
    bool QuitSent
)
{
    /// <summary>Whether <paramref name="fault"/> was found.</summary>
    public bool Has(SmtpFault fault) => Findings.Any(f => f.Fault == fault);

    /// <summary>The sentence about <paramref name="fault"/>, or null when it was not found.</summary>
    public string? MessageFor(SmtpFault fault) => Findings.FirstOrDefault(f => f.Fault == fault)?.Message;

    /// <summary>The findings a rubric counts: those <paramref name="counts"/> says it requires.</summary>
    public IReadOnlyList<SmtpFinding> Where(Func<SmtpFault, bool> counts) => [.. Findings.Where(f => counts(f.Fault))];
}
