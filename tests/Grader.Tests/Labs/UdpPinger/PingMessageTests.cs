using System.Text;
using FluentAssertions;
using Grader.Labs.UdpPinger.Judges;

namespace Grader.Tests.Labs.UdpPinger;

/// <summary>How a ping datagram is read, and how a wrong one is named.</summary>
[Fast]
public sealed class PingMessageTests
{
    private const string Expected = ": expected `Ping <sequence> <time>`, such as `Ping 1 1700000000.123`";

    [Theory]
    [InlineData("Ping 1 1700000000.123", 1, "1700000000.123")]
    [InlineData("ping 2 1700000000.123", 2, "1700000000.123")]
    [InlineData("PING  3   Mon Jan  1 12:00:00 2024\n", 3, "Mon Jan  1 12:00:00 2024")]
    [InlineData("  Ping\t10\t2024-01-01 12:00:00.5  ", 10, "2024-01-01 12:00:00.5")]
    public void A_ping_is_read_in_any_case_and_with_any_spaces(string datagram, int sequence, string time) =>
        PingMessage
            .Parse(Encoding.UTF8.GetBytes(datagram))
            .Should()
            .Be(new PingParse(new PingMessage(sequence, time), null));

    [Theory]
    [InlineData("", "the datagram was empty")]
    [InlineData("   ", "the datagram `   ` holds only spaces")]
    [InlineData("Hello 1 1700000000.1", "the datagram `Hello 1 1700000000.1` does not start with `Ping`")]
    [InlineData(
        "Ping1 1700000000.1",
        "the datagram `Ping1 1700000000.1` has no space between `Ping` and the sequence number"
    )]
    [InlineData(
        "Ping: 1 1700000000.1",
        "the datagram `Ping: 1 1700000000.1` starts with `Ping:`, not `Ping` and a space"
    )]
    [InlineData(
        "Ping one 1700000000.1",
        "the datagram `Ping one 1700000000.1` has `one` where the sequence number should be"
    )]
    [InlineData(
        "Ping #1 1700000000.1",
        "the datagram `Ping #1 1700000000.1` has `#1` where the sequence number should be"
    )]
    [InlineData("Ping 1", "the datagram `Ping 1` has no time after the sequence number")]
    [InlineData("Ping", "the datagram `Ping` has no sequence number after `Ping`")]
    public void A_wrong_ping_is_named_with_what_was_expected(string datagram, string problem) =>
        PingMessage.Parse(Encoding.UTF8.GetBytes(datagram)).Should().Be(new PingParse(null, problem + Expected));

    [Fact]
    public void Bytes_that_are_not_text_are_shown_as_bytes() =>
        PingMessage
            .Parse([0xFF, 0x01])
            .Problem.Should()
            .Be("the datagram `<2 bytes, not UTF-8: FF01>` is not text" + Expected);
}
