namespace Grader.Labs.UdpPinger;

/// <summary>One fault found in a ping client's run, and the sentence a student reads about it.</summary>
/// <param name="Fault">Which fact.</param>
/// <param name="Message">One sentence naming what the client sent or printed and what the probe did.</param>
public sealed record PingFinding(PingFault Fault, string Message);
