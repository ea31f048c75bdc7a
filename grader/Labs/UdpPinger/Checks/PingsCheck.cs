using System.Globalization;
using Grader.Checks;
using Grader.Labs.UdpPinger.Judges;
using Grader.Labs.UdpPinger.Probe;
using Grader.Rubric;

namespace Grader.Labs.UdpPinger.Checks;

/// <summary>
/// <c>pings</c>: the client sends the handout's ten pings, each <c>Ping &lt;sequence&gt; &lt;time&gt;</c> numbered 1
/// to 10, one at a time (the next only after the previous one's reply or timeout). A client stopped while it waited
/// for a dropped ping's reply sent too few, but that is <see cref="WaitsCheck"/>'s fault.
/// </summary>
public sealed class PingsCheck : IPingerCheck
{
    private static readonly PingFault[] Owned =
    [
        PingFault.NoPings,
        PingFault.TooFewPings,
        PingFault.TooManyPings,
        PingFault.WrongFormat,
        PingFault.WrongSequence,
        PingFault.SentBeforeReply,
    ];

    /// <inheritdoc />
    public string Kind => "pings";

    /// <inheritdoc />
    public CheckOutcome Judge(CheckSpec spec, PingerRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var findings = run.Verdict.Where(f =>
            Owned.Contains(f) && !(f == PingFault.TooFewPings && run.StoppedOnDroppedPing)
        );
        var count = run.Run.Pings.Count.ToString(CultureInfo.InvariantCulture);
        var stopped = run.StoppedOnDroppedPing
            ? $", until the grader stopped it waiting for the reply to ping {count}, which the server dropped (see the wait's check)"
            : "";
        return PingCheckOutcome.Of(
            findings,
            $"the client sent {count} pings, `Ping 1 <time>` to `Ping {count} <time>`, each after the previous one's reply or timeout{stopped}",
            run.Plan
        );
    }
}
