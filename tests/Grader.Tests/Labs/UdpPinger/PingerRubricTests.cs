using FluentAssertions;
using Grader.Labs;
using Grader.Labs.UdpPinger;
using Grader.Labs.UdpPinger.Probe;
using Grader.Rubric;

namespace Grader.Tests.Labs.UdpPinger;

/// <summary>The pinger lab as a module: found by the registry, its shipped rubric, and an instructor's own rubric
/// checked against its kinds and settings.</summary>
[Fast]
public sealed class PingerRubricTests
{
    private static Assignment Parse(string checks) =>
        AssignmentLoader.Parse(
            $"""
            assignment: my-pinger
            lab: udp-pinger
            roles:
              udp-pinger:
                checks:
            {checks}
            """,
            "/somewhere/pinger.yaml",
            LabRegistry.Catalog
        );

    [Fact]
    public void The_registry_finds_the_lab_by_its_name_with_one_udp_client_role_on_port_12000()
    {
        var lab = LabRegistry.Find("udp-pinger");

        lab.Should().BeOfType<PingerLab>();
        lab!.Definition.Roles.Should().Equal(new Role("udp-pinger", RoleKind.Client, Transport.Udp));
        lab.Definition.DefaultPort.Should().Be(12000);
        lab.IsDefault.Should().BeFalse();
    }

    [Fact]
    public void The_shipped_rubric_requires_the_handouts_checks_and_scores_statistics_and_the_unit_apart()
    {
        var rubric = AssignmentLoader.LoadShipped(new PingerLab().Definition);

        rubric.Lab.Name.Should().Be("udp-pinger");
        rubric.Port.Should().Be(12000);
        rubric
            .Checks.Where(c => c.Required)
            .Select(c => c.FullId)
            .Should()
            .Equal("udp-pinger/sends-pings", "udp-pinger/waits-one-second", "udp-pinger/reports-rtt");
        rubric
            .Checks.Where(c => !c.Required)
            .Select(c => c.FullId)
            .Should()
            .Equal("udp-pinger/statistics", "udp-pinger/rtt-unit");
        rubric.Checks.FirstGiven(PingRunSettings.Seed).Should().Be(42);
    }

    [Fact]
    public void An_instructors_rubric_sets_the_runs_seed_timeout_and_give_up_on_any_check()
    {
        var rubric = Parse(
            """
                  - check: pings
                  - check: results
                    seed: 7
                    timeout: 2s
                    give-up: 10s
            """
        );

        rubric.Checks.FirstGiven(PingRunSettings.Seed).Should().Be(7);
        rubric.Checks.FirstGiven(PingRunSettings.Timeout).Should().Be(TimeSpan.FromSeconds(2));
        rubric.Checks.FirstGiven(PingRunSettings.GiveUp).Should().Be(TimeSpan.FromSeconds(10));
    }

    [Theory]
    [InlineData("      - check: uppercase", "'uppercase' is not a check the grader has for 'udp-pinger'")]
    [InlineData("      - check: pings\n        clients: 3", "unknown key 'clients' in a check of 'udp-pinger'")]
    [InlineData("      - check: waits\n        seed: -1", "seed")]
    public void An_instructors_rubric_with_a_kind_or_setting_the_lab_lacks_is_refused_in_one_sentence(
        string checks,
        string expected
    )
    {
        var parse = () => Parse(checks);

        parse.Should().Throw<AssignmentException>().Which.Message.Should().Contain(expected);
    }
}
