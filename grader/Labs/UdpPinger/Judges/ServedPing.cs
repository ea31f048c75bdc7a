using System.Net;

namespace Grader.Labs.UdpPinger.Judges;

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
    /// <summary>
    /// How much later than the tolerances allow this ping's RTT, or the wait after it when it was dropped, may still
    /// be: the time the client waited for a CPU around the ping, and the probe's own time in sending its reply. On an
    /// idle machine it is about zero; on a loaded one it is what the load added, so load never makes a correct client
    /// late.
    /// </summary>
    public TimeSpan Allowance { get; init; }

    /// <summary>The address and port the client sent it to (the probe hears every address where the sandbox routes
    /// them all to it); null where not known.</summary>
    public IPEndPoint? Destination { get; init; }

    /// <summary>How long the probe held the reply; zero for a dropped ping.</summary>
    public TimeSpan Delay => RepliedAt is { } replied ? replied - ArrivedAt : TimeSpan.Zero;
}
