namespace Grader.Labs.UdpPinger.Judges;

/// <summary>
/// How far a ping client's timing and printed RTTs may stray from what the probe did and still count as right.
/// </summary>
/// <param name="Timeout">The handout's wait for a reply: one second.</param>
/// <param name="EarlySlack">How much sooner than <paramref name="Timeout"/> a client may give up on a lost ping: timers
/// and clocks are coarse (about 16 ms on some systems) and the probe's clock is not the client's.</param>
/// <param name="LateSlack">
/// How much longer than its measure a client may take: past the probe's hold of a reply, an RTT holds only loopback
/// transit (microseconds) and the client's own work between its clock readings, but a loaded grading machine may
/// deschedule a process for hundreds of milliseconds. Half a second allows that, and still catches every usual wrong
/// quantity: a time stamp, the time since the start, the timeout itself for a fast reply, milliseconds labelled as
/// seconds.
/// </param>
/// <param name="ClockGranularity">How coarse a client's clock may be: an RTT may read this much less than the hold.</param>
public sealed record PingTolerances(
    TimeSpan Timeout,
    TimeSpan EarlySlack,
    TimeSpan LateSlack,
    TimeSpan ClockGranularity
)
{
    /// <summary>The handout's one-second timeout, 50 ms early, 500 ms late, a 16 ms clock.</summary>
    public static PingTolerances Default { get; } =
        new(
            TimeSpan.FromSeconds(1),
            TimeSpan.FromMilliseconds(50),
            TimeSpan.FromMilliseconds(500),
            TimeSpan.FromMilliseconds(16)
        );
}
