using Grader.Checks;

namespace Grader.Labs.UdpPinger.Judges;

/// <summary>What the judge found in a ping client's run: the faults of its pings and printed results, and, apart, of
/// its statistics.</summary>
/// <param name="Findings">The faults of the pings and their printed results, most basic first; empty when right.</param>
/// <param name="Outcomes">What the client printed for each ping, in order.</param>
/// <param name="Statistics">The statistics' verdict.</param>
public sealed record PingVerdict(
    IReadOnlyList<Finding<PingFault>> Findings,
    IReadOnlyList<PrintedOutcome> Outcomes,
    PingStatisticsVerdict Statistics
) : Verdict<PingFault>(Findings)
{
    /// <inheritdoc />
    /// <remarks>The pings' and the statistics' faults.</remarks>
    protected override IEnumerable<Finding<PingFault>> AllFindings => Findings.Concat(Statistics.Findings);
}
