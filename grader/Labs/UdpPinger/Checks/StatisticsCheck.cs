using Grader.Checks;
using Grader.Labs.UdpPinger.Probe;
using Grader.Rubric;

namespace Grader.Labs.UdpPinger.Checks;

/// <summary>
/// <c>statistics</c>, the handout's optional exercise: after its pings the client prints the minimum, average and
/// maximum RTT and the loss rate, each right for the RTTs and timeouts it printed.
/// </summary>
public sealed class StatisticsCheck : IPingerCheck
{
    /// <inheritdoc />
    public string Kind => "statistics";

    /// <inheritdoc />
    public CheckOutcome Judge(CheckSpec spec, PingerRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return PingCheckOutcome.Of(
            run.Verdict.Statistics.Findings,
            "the client printed the minimum, average and maximum RTT and the loss rate, each right for the results it printed"
        );
    }
}
