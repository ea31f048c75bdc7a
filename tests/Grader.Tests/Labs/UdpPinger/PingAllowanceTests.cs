using System.Globalization;
using FluentAssertions;
using Grader.Labs.UdpPinger.Judges;

namespace Grader.Tests.Labs.UdpPinger;

/// <summary>
/// A served ping's allowance (what load on the machine added around it, as the probe measured) lets its RTT and the
/// wait after it run that much later than the tolerances, and no more: over simulated runs of the plan of seed 42.
/// </summary>
[Fast]
public sealed class PingAllowanceTests
{
    private static readonly PingPlan Plan = PingPlan.FromSeed(42);

    // Ping 1 is held 150 ms; the client prints an RTT 0.9 s later than that, as a client descheduled for 0.9 s would.
    private static PingRun LateRtt(TimeSpan allowance)
    {
        var run = new SimulatedClient(Plan)
        {
            Instead = new Dictionary<int, string> { [1] = "PING 1 1700000000.000000\nRTT: 1.050000 s" },
            PrintsStatistics = false,
        }.Run();
        return run with { Pings = [run.Pings[0] with { Allowance = allowance }, .. run.Pings.Skip(1)] };
    }

    // Every dropped ping waited 1.8 s for, as a one-second timeout on a machine that kept the client off a CPU 0.8 s.
    private static PingRun LateWait(TimeSpan allowance)
    {
        var run = new SimulatedClient(Plan) { Timeout = TimeSpan.FromSeconds(1.8), PrintsStatistics = false }.Run();
        return run with { Pings = [.. run.Pings.Select(p => p.Dropped ? p with { Allowance = allowance } : p)] };
    }

    [Fact]
    public void An_rtt_late_by_what_load_added_fits_the_hold()
    {
        var verdict = PingJudge.Judge(LateRtt(TimeSpan.FromSeconds(0.5)));

        verdict.Has(PingFault.RttInconsistent).Should().BeFalse();
    }

    [Fact]
    public void An_rtt_late_beyond_its_allowance_does_not_fit_the_hold()
    {
        var verdict = PingJudge.Judge(LateRtt(TimeSpan.FromSeconds(0.3)));

        verdict.MessageFor(PingFault.RttInconsistent).Should().Contain("`1.050000 s` for ping 1");
    }

    [Fact]
    public void A_wait_after_a_dropped_ping_long_by_what_load_added_is_not_too_long()
    {
        var verdict = PingJudge.Judge(LateWait(TimeSpan.FromSeconds(0.4)));

        verdict.Has(PingFault.TimeoutTooLong).Should().BeFalse();
    }

    [Fact]
    public void A_wait_after_a_dropped_ping_long_beyond_its_allowance_is_too_long()
    {
        var verdict = PingJudge.Judge(LateWait(TimeSpan.Zero));

        verdict
            .MessageFor(PingFault.TimeoutTooLong)
            .Should()
            .StartWith(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"the client waited 1.802 s after ping 5, which got no reply"
                )
            );
    }
}
