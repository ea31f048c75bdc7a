namespace Grader.Labs.UdpPinger;

/// <summary>What a client printed for one ping: a timeout, or an RTT.</summary>
/// <param name="Line">The line, as printed.</param>
/// <param name="TimedOut">Whether it says the ping timed out.</param>
/// <param name="HandoutWording">For a timeout, whether it says <c>Request timed out</c> (in any case).</param>
/// <param name="Rtt">For a reply, the RTT printed.</param>
public sealed record PrintedOutcome(string Line, bool TimedOut, bool HandoutWording, PrintedDuration? Rtt);
