namespace Grader.Labs.UdpPinger.Judges;

/// <summary>One run of a student's ping client against the probe server: what the probe did, and what the client
/// printed.</summary>
/// <param name="Plan">The plan the probe followed.</param>
/// <param name="Pings">Every datagram the probe received, in order of arrival.</param>
/// <param name="Output">The client's standard output.</param>
/// <param name="ExitedAt">When the client exited, on the probe's clock; null when it was still running when the grader
/// stopped it.</param>
public sealed record PingRun(PingPlan Plan, IReadOnlyList<ServedPing> Pings, string Output, TimeSpan? ExitedAt);
