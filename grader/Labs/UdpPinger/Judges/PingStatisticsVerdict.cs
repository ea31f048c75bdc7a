using Grader.Checks;

namespace Grader.Labs.UdpPinger.Judges;

/// <summary>The client's statistics (the handout's optional exercise), judged apart from its pings.</summary>
/// <param name="Printed">The values read, or null when it printed no statistics.</param>
/// <param name="Findings">The faults; empty when the statistics are right.</param>
public sealed record PingStatisticsVerdict(PrintedStatistics? Printed, IReadOnlyList<Finding<PingFault>> Findings);
