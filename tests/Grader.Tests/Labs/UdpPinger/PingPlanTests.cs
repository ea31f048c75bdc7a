using FluentAssertions;
using Grader.Labs.UdpPinger.Judges;

namespace Grader.Tests.Labs.UdpPinger;

/// <summary>The probe's plan for a ping client: drawn from a seed, the same on every machine.</summary>
[Fast]
public sealed class PingPlanTests
{
    [Fact]
    public void A_seed_always_gives_the_same_plan_so_a_report_can_replay_it() =>
        PingPlan.FromSeed(42).Describe().Should().Be(PingPlan.FromSeed(42).Describe()).And.Be(Seed42);

    [Fact]
    public void Other_seeds_give_other_plans() =>
        Enumerable.Range(1, 20).Select(seed => PingPlan.FromSeed(seed).Describe()).Distinct().Should().HaveCount(20);

    [Theory]
    [InlineData(1)]
    [InlineData(42)]
    [InlineData(-7)]
    [InlineData(int.MaxValue)]
    public void A_plan_drops_three_of_the_first_nine_and_holds_each_answer_within_its_bounds(int seed)
    {
        var plan = PingPlan.FromSeed(seed);

        plan.Count.Should().Be(10);
        plan.Fates.Select(f => f.Position).Should().Equal(Enumerable.Range(1, 10));
        plan.Dropped.Should().HaveCount(PingPlan.DroppedCount).And.OnlyContain(p => p < 10);
        plan.Fates.Where(f => f.Dropped).Should().OnlyContain(f => f.Delay == TimeSpan.Zero);
        plan.Fates.Where(f => !f.Dropped)
            .Should()
            .OnlyContain(f => f.Delay >= PingPlan.MinDelay && f.Delay <= PingPlan.MaxDelay)
            .And.Contain(f => f.Delay >= PingPlan.LongDelay);
    }

    [Fact]
    public void A_ping_beyond_the_plan_is_answered_at_once() =>
        PingPlan.FromSeed(42).FateOf(11).Should().Be(new PingFate(11, false, TimeSpan.Zero));

    // Computed by a separate implementation of SplitMix64 and the same draws (Python), not by this code.
    private const string Seed42 =
        "seed 42, 10 pings: drops 5, 8 and 9; holds 1 for 150 ms, 2 for 470 ms, 3 for 600 ms, 4 for 290 ms, 6 for 210 ms, 7 for 100 ms, 10 for 550 ms";
}
