using System.Globalization;
using FluentAssertions;
using Grader.Checks;
using Grader.Labs.UdpPinger.Judges;

namespace Grader.Tests.Labs.UdpPinger;

/// <summary>
/// What the pinger's judge finds in a client's run, over simulated runs against the plan of seed 42 (drops 5, 8 and 9;
/// holds 1 for 150 ms, 2 for 470 ms, 3 for 600 ms, 4 for 290 ms, 6 for 210 ms, 7 for 100 ms, 10 for 550 ms): no
/// socket, no process.
/// </summary>
[Fast]
public sealed class PingJudgeTests
{
    private static readonly PingPlan Plan = PingPlan.FromSeed(42);
    private static readonly SimulatedClient Handout = new(Plan);

    private static PingVerdict Judge(SimulatedClient client) => PingJudge.Judge(client.Run());

    private static string Seconds(double seconds) => seconds.ToString("0.000000", CultureInfo.InvariantCulture);

    [Fact]
    public void The_handouts_client_with_statistics_has_no_fault()
    {
        var verdict = Judge(Handout);

        verdict.Findings.Should().BeEmpty();
        verdict.Statistics.Findings.Should().BeEmpty();
        verdict.Outcomes.Should().HaveCount(10);
    }

    [Fact]
    public void A_client_without_statistics_misses_only_the_optional_exercise()
    {
        var verdict = Judge(Handout with { PrintsStatistics = false });

        verdict.Findings.Should().BeEmpty();
        verdict.Statistics.Findings.Select(f => f.Fault).Should().Equal(PingFault.StatisticsMissing);
        verdict.Where(PingerHandout.Requires).Should().BeEmpty();
    }

    [Theory]
    [InlineData("rtt in milliseconds")]
    [InlineData("rtt with no unit")]
    [InlineData("rtt as a timedelta")]
    [InlineData("upper-case timeout")]
    [InlineData("numbered timeout")]
    [InlineData("ping and colon timeout")]
    [InlineData("timeout with its wait")]
    [InlineData("a bare Timeout")]
    public void Usual_ways_of_printing_are_accepted(string how)
    {
        var client = how switch
        {
            "rtt in milliseconds" => Handout with
            {
                ReplyLine = (reply, rtt) =>
                    $"{reply} RTT={(rtt * 1000).ToString("0.0", CultureInfo.InvariantCulture)}ms",
                PrintsStatistics = false,
            },
            "rtt with no unit" => Handout with
            {
                ReplyLine = (reply, rtt) => $"{reply}\n{rtt.ToString(CultureInfo.InvariantCulture)}",
                PrintsStatistics = false,
            },
            "rtt as a timedelta" => Handout with
            {
                ReplyLine = (reply, rtt) => $"{reply} Round trip time: 0:00:{Seconds(rtt).PadLeft(9, '0')}",
                PrintsStatistics = false,
            },
            "upper-case timeout" => Handout with { TimeoutLine = _ => "REQUEST TIMED OUT" },
            "numbered timeout" => Handout with { TimeoutLine = n => $"Request {n} timed out" },
            "ping and colon timeout" => Handout with { TimeoutLine = n => $"Ping {n}: request timed out" },
            "timeout with its wait" => Handout with { TimeoutLine = n => $"Request {n} timed out after 1 s" },
            _ => Handout with { TimeoutLine = _ => "Timeout" },
        };

        Judge(client).Where(PingerHandout.Requires).Should().BeEmpty();
    }

    /// <summary>Each faulty client: the habit, the fault, and what the student reads.</summary>
    public static TheoryData<string, PingFault, string> FaultyClients() =>
        new()
        {
            {
                "sends every ping at once",
                PingFault.SentBeforeReply,
                "the client sent ping 2 2 ms after ping 1, before the server's reply to ping 1, which came after 150 ms: wait for each reply, or for the timeout, before sending the next ping (6 times in all)"
            },
            {
                "waits 0.3 s",
                PingFault.TimeoutTooShort,
                "the client sent ping 6 0.302 s after ping 5, which got no reply: wait a whole 1 s for a reply before giving up on a ping (3 times in all)"
            },
            {
                "waits 0.3 s",
                PingFault.TimeoutForAnswered,
                "the server answered ping 2 after 470 ms, well within the second, yet the client printed `Request timed out` for it (3 times in all)"
            },
            {
                "waits 3 s",
                PingFault.TimeoutTooLong,
                "the client waited 3.002 s after ping 5, which got no reply, before it sent ping 6: give up on a ping after 1 s (a timeout on the socket) (3 times in all)"
            },
            {
                "has no timeout",
                PingFault.TooFewPings,
                "the client sent 5 pings, not 10: after ping 5, which the server dropped, it waited for a reply until the grader stopped it; give up on a ping after 1 s (a timeout on the socket)"
            },
            {
                "has no timeout",
                PingFault.ResultsMiscounted,
                "the client printed 4 RTTs and no timeout for 5 pings: print one line per ping, its reply and RTT or that it timed out (`Request timed out`)"
            },
            { "sends 11 pings", PingFault.TooManyPings, "the client sent 11 pings, not 10" },
            {
                "numbers from 0",
                PingFault.WrongSequence,
                "the pings were numbered from 0 to 9, not from 1 to 10: the handout numbers them 1 to 10"
            },
            {
                "numbers every ping 1",
                PingFault.WrongSequence,
                "every ping was numbered 1: number them 1 to 10, in the order they are sent"
            },
            {
                "sends Hello",
                PingFault.WrongFormat,
                "the datagram `Hello 1` does not start with `Ping`: expected `Ping <sequence> <time>`, such as `Ping 1 1700000000.123` (ping 1, and 9 more like it)"
            },
            {
                "prints time stamps",
                PingFault.RttInconsistent,
                "the client printed the RTT `1700000000.152 s` for ping 1, which the server answered after 150 ms: that is a time stamp, not the time between sending the ping and receiving its reply (7 times in all)"
            },
            {
                "prints milliseconds as seconds",
                PingFault.RttInconsistent,
                "the client printed the RTT `152.0 s` for ping 1, which the server answered after 150 ms: the number is in milliseconds but labelled as seconds (7 times in all)"
            },
            {
                "times only the send",
                PingFault.RttInconsistent,
                "the client printed the RTT `0.000010 s` for ping 1, less than the 150 ms the server held its reply: start the clock just before sending the ping and stop it when the reply arrives (7 times in all)"
            },
            {
                "prints an old reply for a lost ping",
                PingFault.RttForDropped,
                "the server dropped ping 5, yet the client printed `RTT: 0.292000 s` for it, which reads as a reply or an RTT, not as a timeout such as `Request timed out`"
            },
            {
                "prints no reply",
                PingFault.ReplyNotPrinted,
                "the client did not print the server's reply `PING 1 1700000000.000000` to ping 1: print each reply it receives"
            },
            {
                "prints the wait as if it were an RTT",
                PingFault.RttForDropped,
                "the server dropped ping 5, yet the client printed `Request 5 timed out: 1.000 s` for it, which reads as a reply or an RTT, not as a timeout such as `Request timed out` (3 times in all)"
            },
            {
                "prints no unit",
                PingFault.RttWithoutUnit,
                "the client printed the RTT `0.152` with no unit: say whether it is in seconds (`s`) or milliseconds (`ms`)"
            },
        };

    [Theory]
    [MemberData(nameof(FaultyClients))]
    public void A_faulty_client_is_named_in_one_sentence(string habit, PingFault fault, string message) =>
        Judge(Faulty(habit)).MessageFor(fault).Should().Be(message);

    [Fact]
    public void A_client_that_sends_nothing_is_told_so() =>
        PingJudge
            .Judge(new PingRun(Plan, [], "", TimeSpan.FromSeconds(1)))
            .Findings.Should()
            .Equal(new Finding<PingFault>(PingFault.NoPings, "the client sent no ping to the server and exited"));

    [Fact]
    public void An_average_that_counts_lost_pings_as_taking_no_time_is_named()
    {
        var run = Handout with { PrintsStatistics = false };
        var rtts = Plan.Fates.Where(f => !f.Dropped).Select(f => f.Delay.TotalSeconds + 0.002).ToList();
        var output =
            run.Run().Output
            + $"Min: {Seconds(rtts.Min())} s Avg: {Seconds(rtts.Sum() / 10)} s Max: {Seconds(rtts.Max())} s\nLoss: 30%\n";

        var verdict = PingJudge.Judge(run.Run() with { Output = output });

        verdict
            .Statistics.Findings.Should()
            .Equal(
                new Finding<PingFault>(
                    PingFault.AvgRttWrong,
                    "the client printed the average RTT `0.238400 s`, but the mean of the 7 RTTs it printed is 0.341 s: it counts each lost ping as taking no time"
                )
            );
    }

    [Theory]
    [InlineData("Loss: 3%", "the client printed the loss `3%`, but 3 of the 10 pings it reported timed out (30 %)")]
    [InlineData(
        "Loss rate: 0.7",
        "the client printed the loss `0.7`, but 3 of the 10 pings it reported timed out (30 %)"
    )]
    [InlineData(
        "7 of 10 lost",
        "the client printed the loss `7 of 10`, but 3 of the 10 pings it reported timed out (30 %)"
    )]
    public void A_wrong_loss_is_named(string line, string message)
    {
        var run = (Handout with { PrintsStatistics = false }).Run();

        var verdict = PingJudge.Judge(
            run with
            {
                Output = run.Output + "Min RTT: 0.102 s Max RTT: 0.602 s Avg: 0.340571 s\n" + line,
            }
        );

        verdict.Statistics.Findings.Should().Equal(new Finding<PingFault>(PingFault.LossRateWrong, message));
    }

    [Fact]
    public void Statistics_without_a_loss_are_incomplete()
    {
        var run = (Handout with { PrintsStatistics = false }).Run();

        var verdict = PingJudge.Judge(run with { Output = run.Output + "Min RTT: 0.102 s, Max RTT: 0.602 s\n" });

        verdict
            .MessageFor(PingFault.StatisticsIncomplete)
            .Should()
            .Be("the client's statistics give no average RTT or loss rate");
        verdict.Has(PingFault.MinRttWrong).Should().BeFalse();
        verdict.Has(PingFault.MaxRttWrong).Should().BeFalse();
    }

    [Fact]
    public void An_rtt_up_to_half_a_second_over_the_hold_is_accepted_and_one_more_is_not()
    {
        var rtt = new PrintedDuration(0.65, DurationUnit.Seconds, 0.005, "0.65 s");

        PingJudge
            .Fits(rtt, DurationUnit.Seconds, TimeSpan.FromMilliseconds(150), PingTolerances.Default)
            .Should()
            .BeTrue();
        PingJudge
            .Fits(rtt, DurationUnit.Seconds, TimeSpan.FromMilliseconds(140), PingTolerances.Default)
            .Should()
            .BeFalse();
        PingJudge
            .Fits(rtt, DurationUnit.Seconds, TimeSpan.FromMilliseconds(660), PingTolerances.Default)
            .Should()
            .BeTrue();
        PingJudge
            .Fits(rtt, DurationUnit.Seconds, TimeSpan.FromMilliseconds(680), PingTolerances.Default)
            .Should()
            .BeFalse();
    }

    private static SimulatedClient Faulty(string habit) =>
        habit switch
        {
            "sends every ping at once" => Handout with { SendsAllAtOnce = true },
            "waits 0.3 s" => Handout with { Timeout = TimeSpan.FromMilliseconds(300) },
            "waits 3 s" => Handout with { Timeout = TimeSpan.FromSeconds(3) },
            "has no timeout" => Handout with { Timeout = null },
            "sends 11 pings" => Handout with { Count = 11 },
            "numbers from 0" => Handout with { Numbering = k => k - 1 },
            "numbers every ping 1" => Handout with { Numbering = _ => 1 },
            "sends Hello" => Handout with { Ping = (sequence, _) => $"Hello {sequence}" },
            "prints time stamps" => Handout with
            {
                ReplyLine = (reply, rtt) =>
                    $"{reply}\nRTT: {(1_700_000_000 + rtt).ToString("0.000", CultureInfo.InvariantCulture)} s",
            },
            "prints milliseconds as seconds" => Handout with
            {
                ReplyLine = (reply, rtt) =>
                    $"{reply}\nRTT: {(rtt * 1000).ToString("0.0", CultureInfo.InvariantCulture)} s",
            },
            "times only the send" => Handout with { ReplyLine = (reply, _) => $"{reply}\nRTT: 0.000010 s" },
            "prints an old reply for a lost ping" => Handout with
            {
                Instead = new Dictionary<int, string> { [5] = "RTT: 0.292000 s" },
            },
            "prints no reply" => Handout with { ReplyLine = (_, rtt) => $"RTT: {Seconds(rtt)} s" },
            "prints the wait as if it were an RTT" => Handout with
            {
                TimeoutLine = n => $"Request {n} timed out: 1.000 s",
            },
            "prints no unit" => Handout with
            {
                ReplyLine = (reply, rtt) => $"{reply}\n{rtt.ToString("0.000", CultureInfo.InvariantCulture)}",
            },
            _ => throw new ArgumentOutOfRangeException(nameof(habit), habit, "no such habit"),
        };
}
