namespace Grader.Labs.UdpPinger.Judges;

/// <summary>A datagram read as a ping: the ping, or why it is not one.</summary>
/// <param name="Message">The ping, or null when the datagram is not one.</param>
/// <param name="Problem">One sentence saying what the datagram is and what a ping is; null when it is one.</param>
public sealed record PingParse(PingMessage? Message, string? Problem);
