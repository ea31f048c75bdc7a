using Grader.Checks;
using Grader.Labs.UdpPinger.Judges;
using Grader.Labs.UdpPinger.Probe;
using Grader.Rubric;

namespace Grader.Labs.UdpPinger.Checks;

/// <summary>
/// <c>waits</c>: the client gives up on a ping whose reply does not come after the handout's second, not sooner (it
/// would take the next reply for the wrong ping) and not much later, nor never (it hangs: the grader stops it).
/// </summary>
public sealed class WaitsCheck : IPingerCheck
{
    /// <inheritdoc />
    public string Kind => "waits";

    /// <inheritdoc />
    public CheckOutcome Judge(CheckSpec spec, PingerRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.Dropped.Count == 0)
            return CheckOutcome.Skip(
                $"skipped: the client sent no ping the server dropped, so its wait for a lost reply was not seen ({run.Plan})"
            );
        var findings = run.Verdict.Where(f => f is PingFault.TimeoutTooShort or PingFault.TimeoutTooLong).ToList();
        if (run.StoppedOnDroppedPing && run.Verdict.MessageFor(PingFault.TooFewPings) is { } hung)
            findings.Insert(0, new Finding<PingFault>(PingFault.TooFewPings, hung));
        var waited = string.Join(", ", run.Dropped.Select(p => $"{p.Position}"));
        return PingCheckOutcome.Of(
            findings,
            $"the client waited about {PingJudge.Seconds(run.Tolerances.Timeout)} for the reply to each ping the server dropped ({waited}), then went on",
            run.Plan
        );
    }
}
