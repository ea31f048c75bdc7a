using Grader.Labs.MailClient.Judges;
using Grader.Launching;
using Grader.Results;

namespace Grader.Labs.MailClient.Probe;

/// <summary>What a student's mail client did in one run against the probe mail server.</summary>
/// <param name="Variant">Which server the probe played.</param>
/// <param name="Exchanges">Every line the client sent and the reply it got, in order; empty when it never
/// connected.</param>
/// <param name="Verdict">The dialogue's verdict (with the client's output judged, for a refusal).</param>
/// <param name="FellSilent">Whether the client stopped sending, without closing, while the server waited for
/// it.</param>
/// <param name="Exit">How it ended and what it printed.</param>
/// <param name="Transcript">Everything the probes did and saw, byte for byte.</param>
internal sealed record MailRun(
    SmtpVariant Variant,
    IReadOnlyList<SmtpExchange> Exchanges,
    SmtpVerdict Verdict,
    bool FellSilent,
    ProgramExit Exit,
    IReadOnlyList<TranscriptEntry> Transcript
)
{
    /// <summary>Why the run says nothing about the client's SMTP (it never reached the probe, or reached it at another
    /// host), or null.</summary>
    public string? Fatal { get; init; }

    /// <summary>What <see cref="Fatal"/> is, in a few words for the checks skipped because of it.</summary>
    public string? FatalSummary { get; init; }

    /// <summary>The commands the client sent (not the lines of its message).</summary>
    public IEnumerable<SmtpExchange> Commands => Exchanges.Where(e => !e.InMessage);
}
