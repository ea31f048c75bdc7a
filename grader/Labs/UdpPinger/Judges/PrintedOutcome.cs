namespace Grader.Labs.UdpPinger.Judges;

/// <summary>What a client printed for one ping: a timeout, or a reply and its RTT.</summary>
/// <param name="Line">The line, as printed.</param>
/// <param name="TimedOut">Whether it says that this ping timed out, and nothing on it reads as a reply or an RTT.</param>
/// <param name="Rtt">For a reply, the RTT printed; null for a timeout, or for a line that reads as a reply but gives no
/// time.</param>
public sealed record PrintedOutcome(string Line, bool TimedOut, PrintedDuration? Rtt);
