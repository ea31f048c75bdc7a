namespace Grader.Results;

/// <summary>One packet a capture read off a launch's loopback: when, and its whole frame from the (all-zero) Ethernet
/// header on, as <c>tcpdump -i lo</c> gives it.</summary>
/// <param name="At">When the grader read it.</param>
/// <param name="Frame">The frame's bytes.</param>
public sealed record CapturedPacket(DateTimeOffset At, byte[] Frame);
