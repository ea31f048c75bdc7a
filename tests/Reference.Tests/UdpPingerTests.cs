using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using FluentAssertions;
using Reference.Pinger;
using Reference.Tests.Support;
using Xunit;

namespace Reference.Tests;

/// <summary>
/// The reference <c>udp-pinger</c> against a UDP server played by the test, which drops the pings it chooses, and
/// against the reference <c>pinger-server</c>.
/// </summary>
public sealed partial class UdpPingerTests
{
    // Long enough for an answered ping's reply on a loaded machine; every dropped ping costs this much.
    private const string ReplyTimeout = "1";

    [Fact]
    public async Task Prints_each_reply_with_its_RTT_and_Request_timed_out_exactly_for_the_dropped_pings()
    {
        await using var server = new FakePingServer((n, message) => n is 2 or 4 ? [] : FakePingServer.Echo(message));
        var before = EpochNow();

        await using var pinger = await RunningProgram.StartAsync(
            Pinger(server.Port, "--count", "5", "--timeout", ReplyTimeout)
        );

        (await pinger.WaitForExitAsync()).Should().Be(0, pinger.StandardError);
        var after = EpochNow();
        var lines = pinger.StandardOutput.Split('\n');
        lines.Should().HaveCount(7, "five pings, the summary, and the empty text after the last newline");
        lines[6].Should().BeEmpty();
        lines[1].Should().Be("Request timed out");
        lines[3].Should().Be("Request timed out");
        var sent = server.Received.Select(datagram => datagram.Message).ToList();
        sent.Should().HaveCount(5);
        var rtts = new List<double>();
        foreach (var n in new[] { 1, 3, 5 })
        {
            var reply = ReplyLine().Match(lines[n - 1]);
            reply.Success.Should().BeTrue($"line {n} is a reply: '{lines[n - 1]}'");
            reply.Groups["reply"].Value.Should().Be(sent[n - 1].ToUpperInvariant());
            rtts.Add(double.Parse(reply.Groups["rtt"].Value, CultureInfo.InvariantCulture));
        }

        for (var n = 1; n <= 5; n++)
        {
            var ping = PingLine().Match(sent[n - 1]);
            ping.Success.Should().BeTrue($"'{sent[n - 1]}' is 'Ping <sequence> <time>'");
            ping.Groups["sequence"].Value.Should().Be(n.ToString(CultureInfo.InvariantCulture));
            double.Parse(ping.Groups["time"].Value, CultureInfo.InvariantCulture).Should().BeInRange(before, after);
        }

        var summary = SummaryLine().Match(lines[5]);
        summary.Success.Should().BeTrue($"the last line is the summary: '{lines[5]}'");
        summary.Groups["counts"].Value.Should().Be("Sent 5, received 3, lost 2 (40% loss)");
        Seconds(summary, "min").Should().Be(rtts.Min());
        Seconds(summary, "max").Should().Be(rtts.Max());
        Seconds(summary, "avg").Should().BeApproximately(rtts.Average(), 0.000002);
    }

    [Fact]
    public async Task Sends_each_ping_only_after_the_reply_or_the_timeout_of_the_one_before()
    {
        await using var server = new FakePingServer((n, message) => n == 2 ? [] : FakePingServer.Echo(message));

        await using var pinger = await RunningProgram.StartAsync(
            Pinger(server.Port, "--count", "3", "--timeout", ReplyTimeout)
        );

        (await pinger.WaitForExitAsync()).Should().Be(0, pinger.StandardError);
        var arrivals = server.Received.Select(datagram => datagram.ArrivedAt).ToList();
        arrivals.Should().HaveCount(3);
        Stopwatch
            .GetElapsedTime(arrivals[1], arrivals[2])
            .Should()
            .BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(1), "ping 3 waits out the timeout of ping 2");
    }

    [Fact]
    public async Task Ignores_a_late_reply_to_an_earlier_ping()
    {
        string? held = null;
        await using var server = new FakePingServer(
            (n, message) =>
            {
                if (n == 1)
                {
                    held = message.ToUpperInvariant();
                    return [];
                }

                return [held!, message.ToUpperInvariant()];
            }
        );

        await using var pinger = await RunningProgram.StartAsync(
            Pinger(server.Port, "--count", "2", "--timeout", ReplyTimeout)
        );

        (await pinger.WaitForExitAsync()).Should().Be(0, pinger.StandardError);
        var lines = pinger.StandardOutput.Split('\n');
        lines[0].Should().Be("Request timed out");
        lines[1].Should().MatchRegex("^Reply from 127\\.0\\.0\\.1: PING 2 [0-9.]+ RTT [0-9]+\\.[0-9]{6} s$");
        lines[2].Should().StartWith("Sent 2, received 1, lost 1 (50% loss); RTT min ");
    }

    [Fact]
    public async Task Reports_a_loss_of_100_percent_and_no_RTT_when_nothing_answers()
    {
        await using var server = new FakePingServer((_, _) => []);

        await using var pinger = await RunningProgram.StartAsync(
            Pinger(server.Port, "--count", "3", "--timeout", "0.1")
        );

        (await pinger.WaitForExitAsync()).Should().Be(0, pinger.StandardError);
        pinger
            .StandardOutput.Should()
            .Be(
                "Request timed out\nRequest timed out\nRequest timed out\n"
                    + "Sent 3, received 0, lost 3 (100% loss); no RTT (no replies)\n"
            );
    }

    [Fact]
    public async Task Times_out_exactly_the_pings_the_reference_server_drops()
    {
        await using var server = await ListeningServer.StartAsync(
            Programs.Reference("pinger-server", "--port", "0", "--loss", "0.25", "--seed", "7")
        );

        await using var pinger = await RunningProgram.StartAsync(
            Pinger(server.Port, "--count", "8", "--timeout", ReplyTimeout)
        );

        (await pinger.WaitForExitAsync()).Should().Be(0, pinger.StandardError);
        await server.Program.WaitForLineAsync(new Regex("^Datagram 8 from "));
        var dropped = server
            .Program.StandardOutput.Split('\n')
            .Where(line => line.StartsWith("Datagram", StringComparison.Ordinal))
            .Select(line => line.EndsWith(": dropped", StringComparison.Ordinal))
            .ToList();
        var timedOut = pinger.StandardOutput.Split('\n').Take(8).Select(line => line == "Request timed out").ToList();
        timedOut.Should().Equal(dropped);
        dropped.Should().Contain(true).And.Contain(false);
    }

    [Fact]
    public async Task Writes_the_time_as_Python_prints_time_time()
    {
        var random = new Random(11);
        var samples = new List<double> { 1733912345.0, 1733912345.1, 1733912345.123456, 1795946706.9671316 };
        samples.AddRange(Enumerable.Range(0, 50).Select(_ => 1.7e9 + random.NextDouble() * 1e8));

        var python = await PythonStrAsync(samples);

        samples.Select(EpochSeconds.Format).Should().Equal(python);
    }

    private static Launch Pinger(int port, params string[] options) =>
        Programs.Reference(
            "udp-pinger",
            ["--host", "127.0.0.1", "--port", port.ToString(CultureInfo.InvariantCulture), .. options]
        );

    private static double EpochNow() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0;

    private static double Seconds(Match summary, string group) =>
        double.Parse(summary.Groups[group].Value, CultureInfo.InvariantCulture);

    /// <summary>What Python's <c>str()</c> makes of each of <paramref name="values"/>, passed bit for bit.</summary>
    private static async Task<IReadOnlyList<string>> PythonStrAsync(IReadOnlyList<double> values)
    {
        var bits = values.Select(value =>
            BitConverter.DoubleToInt64Bits(value).ToString("x16", CultureInfo.InvariantCulture)
        );
        var output = await ShortCommand.RunCheckedAsync(
            Launch.Of(
                await PythonInterpreter.PathAsync(),
                [
                    "-c",
                    "import struct, sys\nfor h in sys.argv[1:]: print(struct.unpack('>d', bytes.fromhex(h))[0])",
                    .. bits,
                ]
            ),
            CancellationToken.None
        );
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    [GeneratedRegex(@"^Reply from 127\.0\.0\.1: (?<reply>.+) RTT (?<rtt>[0-9]+\.[0-9]{6}) s$")]
    private static partial Regex ReplyLine();

    [GeneratedRegex(@"^Ping (?<sequence>[0-9]+) (?<time>[0-9]+\.[0-9]+)$")]
    private static partial Regex PingLine();

    [GeneratedRegex(
        @"^(?<counts>.+); RTT min (?<min>[0-9]+\.[0-9]{6}) s, "
            + @"avg (?<avg>[0-9]+\.[0-9]{6}) s, max (?<max>[0-9]+\.[0-9]{6}) s$"
    )]
    private static partial Regex SummaryLine();
}
