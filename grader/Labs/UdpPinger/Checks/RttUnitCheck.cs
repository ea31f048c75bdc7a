using Grader.Checks;
using Grader.Labs.UdpPinger.Judges;
using Grader.Labs.UdpPinger.Probe;
using Grader.Rubric;

namespace Grader.Labs.UdpPinger.Checks;

/// <summary><c>rtt-unit</c>: every RTT the client prints says its unit (<c>s</c>, <c>ms</c>, <c>seconds</c>…), so a
/// reader knows what the number means.</summary>
public sealed class RttUnitCheck : IPingerCheck
{
    /// <inheritdoc />
    public string Kind => "rtt-unit";

    /// <inheritdoc />
    public CheckOutcome Judge(CheckSpec spec, PingerRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return PingCheckOutcome.Of(
            run.Verdict.Where(f => f == PingFault.RttWithoutUnit),
            "every RTT the client printed says its unit"
        );
    }
}
