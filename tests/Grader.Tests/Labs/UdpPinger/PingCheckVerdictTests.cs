using System.Globalization;
using FluentAssertions;
using Grader.Checks;
using Grader.Labs.UdpPinger;
using Grader.Labs.UdpPinger.Judges;
using Grader.Labs.UdpPinger.Probe;
using Grader.Launching;
using Grader.Results;
using Grader.Rubric;

namespace Grader.Tests.Labs.UdpPinger;

/// <summary>
/// Which of the pinger lab's checks a client's run fails, over simulated runs against the plan of seed 42 (drops 5, 8
/// and 9): each fault the judge finds is charged to the check that owns it, and the handout's client passes them all.
/// No socket, no process.
/// </summary>
[Fast]
public sealed class PingCheckVerdictTests
{
    private static readonly PingPlan Plan = PingPlan.FromSeed(42);
    private static readonly SimulatedClient Handout = new(Plan);
    private static readonly string Describe = $"the probe's plan: {Plan.Describe()}";

    /// <summary>Each client: its habit, and the checks its run fails (the others pass).</summary>
    public static TheoryData<string, string[]> Clients() =>
        new()
        {
            { "the handout's client", [] },
            { "prints no statistics", ["statistics"] },
            { "sends every ping at once", ["pings", "waits"] },
            { "waits 0.3 s", ["pings", "waits", "results"] },
            { "waits 3 s", ["waits"] },
            { "has no timeout", ["waits", "statistics"] },
            { "numbers from 0", ["pings"] },
            { "prints no reply", ["results"] },
            { "prints no unit", ["rtt-unit"] },
        };

    [Theory]
    [MemberData(nameof(Clients))]
    public void Each_fault_fails_the_check_that_owns_it(string habit, string[] failed)
    {
        var outcomes = JudgeAll(Client(habit).Run());

        outcomes.Where(o => o.Value.Status == CheckStatus.Failed).Select(o => o.Key).Should().BeEquivalentTo(failed);
        outcomes.Values.Should().OnlyContain(o => o.Status != CheckStatus.Skipped);
    }

    [Fact]
    public void A_client_stopped_waiting_forever_for_a_dropped_ping_is_charged_for_the_wait_not_for_the_pings_it_never_sent()
    {
        var outcomes = JudgeAll(Client("has no timeout").Run());

        outcomes["waits"]
            .Message.Should()
            .StartWith(
                "the client sent 5 pings, not 10: after ping 5, which the server dropped, it waited for a reply until the grader stopped it"
            );
        outcomes["pings"].Message.Should().StartWith("the client sent 5 pings, `Ping 1 <time>` to `Ping 5 <time>`");
        outcomes["pings"].Message.Should().Contain("until the grader stopped it waiting for the reply to ping 5");
    }

    [Fact]
    public void A_client_that_stops_before_the_first_dropped_ping_fails_the_count_and_its_wait_is_not_seen()
    {
        var outcomes = JudgeAll((Handout with { Count = 4 }).Run());

        outcomes["pings"].Should().Be(CheckOutcome.Fail($"the client sent 4 pings, not 10, and exited ({Describe})"));
        outcomes["waits"]
            .Should()
            .Be(
                CheckOutcome.Skip(
                    $"skipped: the client sent no ping the server dropped, so its wait for a lost reply was not seen ({Describe})"
                )
            );
        outcomes
            .Where(o => o.Key is not "pings" and not "waits")
            .Should()
            .OnlyContain(o => o.Value.Status == CheckStatus.Passed);
    }

    [Fact]
    public void A_client_that_waits_too_little_is_told_it_sent_a_ping_before_the_reply_it_gave_up_on() =>
        JudgeAll(Client("waits 0.3 s").Run())["pings"]
            .Message.Should()
            .StartWith(
                "the client sent ping 3 302 ms after ping 2, before the server's reply to ping 2, which came after 470 ms"
            );

    [Fact]
    public void Every_check_of_the_lab_is_judged_here() =>
        PingerChecks
            .All.Select(c => c.Kind)
            .Should()
            .BeEquivalentTo(["pings", "waits", "results", "statistics", "rtt-unit"]);

    private static Dictionary<string, CheckOutcome> JudgeAll(PingRun ping)
    {
        var exit = new ProgramExit(
            ping.ExitedAt is null ? null : 0,
            ping.ExitedAt is null ? "stopped by the grader" : null,
            ping.Output,
            "",
            false,
            TimeSpan.FromSeconds(8)
        );
        var run = new PingerRun(ping, PingJudge.Judge(ping, PingTolerances.Default), exit, PingTolerances.Default);
        var role = PingerRoles.Pinger;
        return PingerChecks.All.ToDictionary(
            c => c.Kind,
            c => c.Judge(new CheckSpec(role, c.Kind, c.Kind, c.Kind, 1, Required: true, Visibility.Visible), run)
        );
    }

    private static SimulatedClient Client(string habit) =>
        habit switch
        {
            "the handout's client" => Handout,
            "prints no statistics" => Handout with { PrintsStatistics = false },
            "sends every ping at once" => Handout with { SendsAllAtOnce = true },
            "waits 0.3 s" => Handout with { Timeout = TimeSpan.FromMilliseconds(300) },
            "waits 3 s" => Handout with { Timeout = TimeSpan.FromSeconds(3) },
            "has no timeout" => Handout with { Timeout = null },
            "numbers from 0" => Handout with { Numbering = k => k - 1 },
            "prints no reply" => Handout with
            {
                ReplyLine = (_, rtt) => $"RTT: {rtt.ToString("0.000000", CultureInfo.InvariantCulture)} s",
            },
            "prints no unit" => Handout with
            {
                ReplyLine = (reply, rtt) => $"{reply}\n{rtt.ToString("0.000", CultureInfo.InvariantCulture)}",
            },
            _ => throw new ArgumentOutOfRangeException(nameof(habit), habit, "no such habit"),
        };
}
