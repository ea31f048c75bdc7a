namespace Grader.Labs.UdpPinger.Judges;

/// <summary>A ping client's standard output, read: one outcome per ping it reported, and its statistics.</summary>
/// <param name="Outcomes">Each timeout or RTT printed, in order.</param>
/// <param name="Statistics">The statistics lines' values, or null when it printed none.</param>
public sealed record PingOutputReading(IReadOnlyList<PrintedOutcome> Outcomes, PrintedStatistics? Statistics);
