using System.Text.Json;
using FluentAssertions;
using Grader.Tests.Support;

namespace Grader.Tests.Labs.UdpPinger;

/// <summary>The pinger lab through the real command line, as a user grades with it.</summary>
public sealed class PingerCliTests
{
    [Fact]
    public async Task Grading_the_textbooks_client_with_lab_udp_pinger_exits_0_with_the_json_contract()
    {
        var run = await GraderCli.RunAsync([
            "grade",
            "submissions/udp-pinger-correct",
            "--lab",
            "udp-pinger",
            "--format",
            "json",
        ]);

        run.ExitCode.Should().Be(0, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var roles = json.RootElement.GetProperty("roles").EnumerateArray().ToList();
        roles.Should().ContainSingle();
        roles[0].GetProperty("passed").GetBoolean().Should().BeTrue();
        json.RootElement.GetProperty("checks")
            .EnumerateArray()
            .Select(c => c.GetProperty("id").GetString())
            .Should()
            .Equal(
                "udp-pinger/sends-pings",
                "udp-pinger/waits-one-second",
                "udp-pinger/reports-rtt",
                "udp-pinger/statistics",
                "udp-pinger/rtt-unit"
            );
    }
}
