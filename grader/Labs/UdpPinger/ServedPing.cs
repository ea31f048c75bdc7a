namespace Grader.Labs.UdpPinger;

/// <summary>
/// One datagram the probe server received from the client and what it did with it, its times counted from one origin
/// (the probe's start) shared with <see cref="PingRun.ExitedAt"/>.
/// </summary>
/// <param name="Position">1 for the first datagram to arrive, and so on.</param>
/// <param name="ArrivedAt">When it arrived.</param>
/// <param name="Datagram">Its bytes.</param>
/// <param name="Dropped">Whether the probe dropped it.</param>
/// <param name="RepliedAt">When the probe sent its reply; null when it dropped the ping or the client had gone.</param>
/// <param name="Reply">The reply it sent (the datagram upper-cased, as the handout's server does); null when
/// none.</param>
public sealed record ServedPing(
    int Position,
    TimeSpan ArrivedAt,
    byte[] Datagram,
    bool Dropped,
    TimeSpan? RepliedAt,
    byte[]? Reply
)
{
    /// <summary>How long the probe held the reply; zero for a dropped ping.</summary>
    public TimeSpan Delay => RepliedAt is { } replied ? replied - ArrivedAt : TimeSpan.Zero;
}
