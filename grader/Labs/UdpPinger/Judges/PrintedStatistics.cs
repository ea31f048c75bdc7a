namespace Grader.Labs.UdpPinger.Judges;

/// <summary>The statistics a client printed after its pings (the handout's optional exercise); each value null when
/// it printed none.</summary>
/// <param name="Min">The minimum RTT.</param>
/// <param name="Avg">The average RTT.</param>
/// <param name="Max">The maximum RTT.</param>
/// <param name="Loss">The loss rate or count.</param>
/// <param name="Lines">The lines they were read from.</param>
public sealed record PrintedStatistics(
    PrintedDuration? Min,
    PrintedDuration? Avg,
    PrintedDuration? Max,
    PrintedLoss? Loss,
    IReadOnlyList<string> Lines
)
{
    /// <summary>Whether any value was read.</summary>
    public bool Any => Min is not null || Avg is not null || Max is not null || Loss is not null;
}
