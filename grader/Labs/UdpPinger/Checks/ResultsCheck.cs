using Grader.Checks;
using Grader.Labs.UdpPinger.Judges;
using Grader.Labs.UdpPinger.Probe;
using Grader.Rubric;

namespace Grader.Labs.UdpPinger.Checks;

/// <summary>
/// <c>results</c>: the client prints one result per ping: for exactly the pings the probe dropped, that the request
/// timed out (in any words that say so, <see cref="PingOutput.IsTimeout"/>); for each other, the server's reply and an
/// RTT that fits how long the probe held it.
/// </summary>
public sealed class ResultsCheck : IPingerCheck
{
    private static readonly PingFault[] Owned =
    [
        PingFault.ResultsMiscounted,
        PingFault.RttForDropped,
        PingFault.TimeoutForAnswered,
        PingFault.RttInconsistent,
        PingFault.ReplyNotPrinted,
    ];

    /// <inheritdoc />
    public string Kind => "results";

    /// <inheritdoc />
    public CheckOutcome Judge(CheckSpec spec, PingerRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        // A client stopped while it waited for a dropped ping's reply had nothing to print for that ping yet.
        var unfinished = run.StoppedOnDroppedPing && run.Verdict.Outcomes.Count == run.Run.Pings.Count - 1;
        var findings = run.Verdict.Where(f => Owned.Contains(f) && !(f == PingFault.ResultsMiscounted && unfinished));
        var dropped = run.Dropped.Select(p => p.Position).ToList();
        var timedOut =
            dropped.Count == 0 ? "no ping timed out, as none was dropped"
            : dropped.Count == 1 ? $"a timeout for exactly ping {dropped[0]}, which the server dropped"
            : $"a timeout for exactly pings {string.Join(", ", dropped[..^1])} and {dropped[^1]}, which the server dropped";
        return PingCheckOutcome.Of(
            findings,
            $"the client printed {timedOut}, and for every other ping the server's reply and an RTT that fits how long the server held it",
            run.Plan
        );
    }
}
