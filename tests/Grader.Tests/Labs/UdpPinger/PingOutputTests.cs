using FluentAssertions;
using Grader.Labs.UdpPinger.Judges;

namespace Grader.Tests.Labs.UdpPinger;

/// <summary>How a ping client's printed lines are read: timeouts, RTTs as students print them, statistics.</summary>
[Fast]
public sealed class PingOutputTests
{
    private const string Reply = "PING 1 1700000000.123456";

    private static PingOutputReading Read(string output) =>
        PingOutput.Read(output, [Reply, "Ping 1 1700000000.123456"]);

    // The handout's words, and every other way of saying that this request timed out.
    [Theory]
    [InlineData("Request timed out")]
    [InlineData("Request timed out.")]
    [InlineData("REQUEST TIMED OUT.")]
    [InlineData("request timed out")]
    [InlineData("Request 5 timed out")]
    [InlineData("Ping 5: request timed out")]
    [InlineData("Request 5: timed out")]
    [InlineData("ping 5 timed out")]
    [InlineData("Ping 3: request  timed out")]
    [InlineData("Request 5 of 10 timed out")]
    [InlineData("Ping 5 1700000000.123456: Request timed out")]
    [InlineData("Request 5 timed out after 1 s")]
    [InlineData("Request timed out (timeout = 1.0 seconds)")]
    [InlineData("Request timed out (waited 1 s)")]
    [InlineData("Request timed-out")]
    [InlineData("Timed out")]
    [InlineData("Timeout")]
    [InlineData("Ping 3: timeout")]
    [InlineData("No reply for ping 3")]
    [InlineData("Request timed out: no reply from 127.0.0.1")]
    [InlineData("Packet 3 lost")]
    [InlineData("Sequence 5, sent at 1700000000.5: request timed out")]
    public void A_line_that_says_its_request_timed_out_is_a_timeout_in_any_words(string line)
    {
        Read(line).Outcomes.Should().Equal(new PrintedOutcome(line, true, null));
        PingOutput.IsTimeout(line).Should().BeTrue();
    }

    // A line that says timed out but also reads as a reply or an RTT is not a report of a lost ping.
    [Theory]
    [InlineData("Reply from 127.0.0.1: request timed out", null)]
    [InlineData("Request timed out RTT=1.001 s", 1.001)]
    [InlineData("Request timed out: 1.002 s", 1.002)]
    [InlineData("Ping 5 timed out, RTT: 0.29 s", 0.29)]
    [InlineData("Request timed out 0:00:01.001", 1.001)]
    [InlineData("Round trip: timed out", null)]
    [InlineData("Request 5 timed out time=1002 ms", 1002.0)]
    [InlineData("64 bytes from 127.0.0.1: request timed out", null)]
    public void A_timeout_line_that_reads_as_a_reply_or_an_rtt_is_not_a_timeout(string line, double? rtt)
    {
        var outcome = Read(line).Outcomes.Should().ContainSingle().Subject;

        outcome.TimedOut.Should().BeFalse();
        outcome.Rtt?.Value.Should().Be(rtt);
        if (rtt is null)
            outcome.Rtt.Should().BeNull();
        PingOutput.IsTimeout(line).Should().BeFalse();
    }

    [Theory]
    [InlineData("3 requests timed out (30%)")]
    [InlineData("Timeouts: 3 of 10 pings")]
    [InlineData("Packet loss rate: 30.0%")]
    public void A_count_of_timeouts_is_a_statistic_not_a_ping(string line)
    {
        var reading = Read(line);

        reading.Outcomes.Should().BeEmpty();
        reading.Statistics!.Loss.Should().NotBeNull();
    }

    [Theory]
    [InlineData(
        "Reply from 127.0.0.1: PING 1 1700000000.123456 RTT: 0.1234 s",
        0.1234,
        DurationUnit.Seconds,
        "0.1234 s"
    )]
    [InlineData("RTT = 123.4 ms", 123.4, DurationUnit.Milliseconds, "123.4 ms")]
    [InlineData("Round trip time: 0.000123 seconds", 0.000123, DurationUnit.Seconds, "0.000123 seconds")]
    [InlineData("Round trip time: 0:00:00.120345", 0.120345, DurationUnit.Seconds, "0:00:00.120345")]
    [InlineData("ping 1 time=1.2e-05", 1.2e-05, DurationUnit.None, "1.2e-05")]
    [InlineData("PING 1 1700000000.123456 0.000123", 0.000123, DurationUnit.None, "0.000123")]
    [InlineData("Ping 1 from 127.0.0.1:12000 took 120µs", 120, DurationUnit.Microseconds, "120µs")]
    [InlineData("1: 0.12s", 0.12, DurationUnit.Seconds, "0.12s")]
    public void An_rtt_is_read_with_its_unit_whatever_else_is_on_the_line(
        string line,
        double value,
        DurationUnit unit,
        string text
    )
    {
        var outcome = Read(line).Outcomes.Should().ContainSingle().Subject;

        outcome.TimedOut.Should().BeFalse();
        outcome.Rtt!.Value.Should().BeApproximately(value, 1e-12);
        outcome.Rtt.Unit.Should().Be(unit);
        outcome.Rtt.Text.Should().Be(text);
    }

    [Theory]
    [InlineData("Received: PING 1 1700000000.123456")]
    [InlineData("Sending ping 1 to 127.0.0.1:12000")]
    [InlineData("b'PING 1 1700000000.123456'")]
    [InlineData("--- ping statistics ---")]
    public void A_line_with_no_rtt_and_no_timeout_reports_no_ping(string line) =>
        Read(line).Outcomes.Should().BeEmpty();

    [Theory]
    [InlineData("0.12", 0.005)]
    [InlineData("120", 0.5)]
    [InlineData("1.2e-05", 0.5e-6)]
    [InlineData("0.000123", 0.0000005)]
    public void Rounding_is_half_the_last_printed_place(string number, double halfStep)
    {
        PingOutput.ParseNumber(number, out var step);

        step.Should().BeApproximately(halfStep, 1e-15);
    }

    [Fact]
    public void Labelled_statistics_are_read()
    {
        var statistics = Read("Min RTT: 0.1 s, Avg RTT: 0.25 s, Max RTT: 0.4 s\nPacket loss rate: 30.0%").Statistics!;

        statistics.Min!.Seconds(DurationUnit.Seconds).Should().Be(0.1);
        statistics.Avg!.Seconds(DurationUnit.Seconds).Should().Be(0.25);
        statistics.Max!.Seconds(DurationUnit.Seconds).Should().Be(0.4);
        statistics.Loss.Should().Be(new PrintedLoss(30, LossForm.Percent, 0.05, "30.0%"));
    }

    [Fact]
    public void Ping_style_statistics_are_read()
    {
        var statistics = Read(
            "10 packets transmitted, 7 received, 30% packet loss\nrtt min/avg/max/mdev = 100.0/200.5/300.0/10.0 ms"
        ).Statistics!;

        statistics.Min!.Should().Be(new PrintedDuration(100, DurationUnit.Milliseconds, 0.05, "100.0 ms"));
        statistics.Avg!.Value.Should().Be(200.5);
        statistics.Max!.Value.Should().Be(300);
        statistics.Loss!.Form.Should().Be(LossForm.Percent);
        Read("10 packets transmitted, 7 received, 30% packet loss").Outcomes.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Loss rate: 0.3", 0.3, LossForm.Fraction)]
    [InlineData("3 of 10 pings lost", 3, LossForm.Count)]
    [InlineData("Packets lost: 3/10", 3, LossForm.Count)]
    [InlineData("Packet loss: 30 %", 30, LossForm.Percent)]
    public void A_loss_is_read_as_a_share_or_a_count(string line, double value, LossForm form)
    {
        var loss = Read(line).Statistics!.Loss!;

        loss.Value.Should().Be(value);
        loss.Form.Should().Be(form);
    }
}
