using Grader.Labs.UdpPinger.Judges;
using Grader.Launching;

namespace Grader.Labs.UdpPinger.Probe;

/// <summary>The client's one run against the probe server, judged: what the pinger's checks look at.</summary>
/// <param name="Run">What the probe did and saw, and what the client printed.</param>
/// <param name="Verdict">The judge's findings on <paramref name="Run"/>.</param>
/// <param name="Exit">How the client ended.</param>
/// <param name="Tolerances">The tolerances it was judged within.</param>
public sealed record PingerRun(PingRun Run, PingVerdict Verdict, ProgramExit Exit, PingTolerances Tolerances)
{
    /// <summary>Whether the grader stopped the client while it waited for the reply to a ping the probe had dropped:
    /// a client without a timeout. That is the wait's fault, not the count's or the results'.</summary>
    public bool StoppedOnDroppedPing => Run.ExitedAt is null && Run.Pings.Count > 0 && Run.Pings[^1].Dropped;

    /// <summary>The plan in words, to give a fault its context.</summary>
    public string Plan => $"the probe's plan: {Run.Plan.Describe()}";

    /// <summary>The dropped pings among those the client sent, in order.</summary>
    public IReadOnlyList<ServedPing> Dropped => [.. Run.Pings.Where(p => p.Dropped)];
}
