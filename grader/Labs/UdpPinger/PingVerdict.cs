namespace Grader.Labs.UdpPinger;

/// <summary>What the judge found in a ping client's run: the faults of its pings and printed results, and, apart, of
/// its statistics.</summary>
/// <param name="Findings">The faults of the pings and their printed results, most basic first; empty when right.</param>
/// <param name="Outcomes">What the client printed for each ping, in order.</param>
/// <param name="Statistics">The statistics' verdict.</param>
public sealed record PingVerdict(
    IReadOnlyList<PingFinding> Findings,
    IReadOnlyList<PrintedOutcome> Outcomes,
    PingStatisticsVerdict Statistics
)
{
    /// <summary>Whether <paramref name="fault"/> was found, among the pings' or the statistics' faults.</summary>
    public bool Has(PingFault fault) => All.Any(f => f.Fault == fault);

    /// <summary>The sentence about <paramref name="fault"/>, or null when it was not found.</summary>
    public string? MessageFor(PingFault fault) => All.FirstOrDefault(f => f.Fault == fault)?.Message;

    /// <summary>The findings a rubric counts: those <paramref name="counts"/> says it requires.</summary>
    public IReadOnlyList<PingFinding> Where(Func<PingFault, bool> counts) => [.. All.Where(f => counts(f.Fault))];

    private IEnumerable<PingFinding> All => Findings.Concat(Statistics.Findings);
}
