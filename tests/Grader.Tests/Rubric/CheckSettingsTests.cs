using FluentAssertions;
using Grader.Labs;
using Grader.Labs.Lab1Sockets;
using Grader.Labs.Lab1Sockets.Checks;
using Grader.Labs.Lab1Sockets.Probe;
using Grader.Rubric;
using Grader.Tests.Support;

namespace Grader.Tests.Rubric;

[Fast]
public sealed class CheckSettingsTests
{
    private static CheckSpec OnlyCheck(string role, string check) =>
        AssignmentLoader
            .Parse(
                $"assignment: x\nroles:\n  {role}:\n    checks:\n      - check: {check}\n",
                "/somewhere/course.yaml",
                LabRegistry.Catalog
            )
            .Checks.Single();

    [Theory]
    [InlineData(
        "tcp-server",
        "uppercase\n        size: 3000",
        "course.yaml:6: unknown key 'size' in a check of 'tcp-server': 'uppercase' takes only these settings: message"
    )]
    [InlineData(
        "tcp-server",
        "several-clients\n        title: Several\n        delay: 200ms",
        "course.yaml:7: unknown key 'delay' in a check of 'tcp-server': 'several-clients' takes only these settings: clients, message"
    )]
    [InlineData(
        "udp-server",
        "two-clients\n        message: hello",
        "course.yaml:6: unknown key 'message' in a check of 'udp-server': 'two-clients' takes no settings"
    )]
    [InlineData(
        "tcp-client",
        "sends-line\n        delay: 1s",
        "course.yaml:6: unknown key 'delay' in a check of 'tcp-client': 'sends-line' takes only these settings: message, wait"
    )]
    [InlineData(
        "tcp-server",
        "stays-up\n        wait: 2s",
        "course.yaml:6: unknown key 'wait' in a check of 'tcp-server': 'stays-up' takes only these settings: message"
    )]
    public void A_setting_of_another_kind_is_an_unknown_key_naming_file_line_and_key(
        string role,
        string check,
        string expected
    )
    {
        var parse = () => OnlyCheck(role, check);

        parse.Should().Throw<AssignmentException>().Which.Message.Should().Be(expected);
    }

    [Theory]
    [InlineData(
        "several-clients\n        clients: 0",
        "course.yaml:6: 'clients' in a check of 'tcp-server' must be a whole number from 1 to 100, not '0'"
    )]
    [InlineData(
        "long-message\n        size: 70000",
        "course.yaml:6: 'size' in a check of 'tcp-server' must be a whole number from 0 to 65000, not '70000'"
    )]
    [InlineData(
        "split-message\n        delay: soon",
        "course.yaml:6: 'delay' in a check of 'tcp-server' must be a duration such as 500ms, 2s or 1.5m, not 'soon'"
    )]
    [InlineData(
        "uppercase\n        message: [a, b]",
        "course.yaml:6: 'message' in a check of 'tcp-server' must be a single value"
    )]
    public void An_ill_typed_or_out_of_range_setting_names_file_line_key_and_what_it_takes(
        string check,
        string expected
    )
    {
        var parse = () => OnlyCheck("tcp-server", check);

        parse.Should().Throw<AssignmentException>().Which.Message.Should().Be(expected);
    }

    [Fact]
    public void A_setting_the_file_leaves_out_is_its_default()
    {
        OnlyCheck("tcp-server", "several-clients").Settings.Get(SeveralClientsCheck.Clients).Should().Be(3);
        OnlyCheck("tcp-server-concurrent", "simultaneous-clients")
            .Settings.Get(SimultaneousClientsCheck.Clients)
            .Should()
            .Be(20);
        OnlyCheck("udp-server", "long-message").Settings.Get(LongMessageCheck.Size).Should().Be(1024);
        OnlyCheck("tcp-server", "split-message")
            .Settings.Get(SplitMessageCheck.Delay)
            .Should()
            .Be(TimeSpan.FromMilliseconds(200));
        OnlyCheck("tcp-server", "uppercase").Settings.Get(UppercaseCheck.Message).Should().Be("hello, sockets 123!");
        var idle = OnlyCheck("tcp-server-concurrent", "idle-clients");
        idle.Settings.Get(IdleClientCheck.Message).Should().BeNull();
        idle.Settings.IsSet(IdleClientCheck.Message).Should().BeFalse();
        var noServer = OnlyCheck("udp-client", "no-server");
        noServer.Settings.Get(ClientRunSettings.Wait).Should().BeNull();
        noServer.Settings.Get(ClientRunSettings.Line).Should().Be(ClientRunSettings.DefaultLine);
        OnlyCheck("udp-client", "slow-server")
            .Settings.Get(ClientRunSettings.ReplyDelay)
            .Should()
            .Be(TimeSpan.FromSeconds(1.5));
    }

    [Fact]
    public void A_setting_the_file_gives_is_read_back_typed_through_its_declaration()
    {
        var idle = OnlyCheck(
            "tcp-server-concurrent",
            "idle-clients\n        clients: 4\n        message: beside the idle ones"
        );
        var slow = OnlyCheck("tcp-client", "slow-server\n        delay: 2.5s\n        wait: 4s");

        idle.Settings.Get(IdleClientCheck.Clients).Should().Be(4);
        idle.Settings.Get(IdleClientCheck.Message).Should().Be("beside the idle ones");
        slow.Settings.Get(ClientRunSettings.ReplyDelay).Should().Be(TimeSpan.FromSeconds(2.5));
        slow.Settings.Get(ClientRunSettings.Wait).Should().Be(TimeSpan.FromSeconds(4));
        slow.Settings.IsSet(ClientRunSettings.Line).Should().BeFalse();
    }

    [Fact]
    public void The_shipped_rubric_gives_its_checks_their_settings()
    {
        var lab = AssignmentLoader.LoadShipped(LabRegistry.Default.Definition);
        CheckSpec Check(string id) => lab.Checks.Single(c => c.FullId == id);

        Check("tcp-server/large-message").Settings.Get(LongMessageCheck.Size).Should().Be(3000);
        Check("tcp-server-concurrent/idle-clients").Settings.Get(IdleClientCheck.Clients).Should().Be(9);
        Check("tcp-server/split-message")
            .Settings.Get(SplitMessageCheck.Message)
            .Should()
            .Be("one message, two writes");
        Check("udp-client/lost-reply").Settings.Get(ClientRunSettings.Wait).Should().Be(TimeSpan.FromSeconds(2));
        Check("tcp-client/sends-line").Settings.Get(ClientRunSettings.Line).Should().Be("sockets are fun: grüße ✓");
    }

    [Theory]
    [InlineData("grader/Labs/Lab1Sockets/lab1-sockets.yaml")]
    [InlineData("benchmarks/required-only.yaml")]
    public void Every_assignment_file_of_the_repository_gives_each_check_only_its_own_settings(string file)
    {
        var load = () => AssignmentLoader.LoadFile(Path.Combine(Repository.Root, file), LabRegistry.Catalog);

        load.Should().NotThrow();
    }

    [Fact]
    public void A_check_that_reads_a_setting_its_kind_does_not_declare_is_the_graders_bug()
    {
        var uppercase = OnlyCheck("tcp-server", "uppercase");

        var read = () => uppercase.Settings.Get(LongMessageCheck.Size);

        read.Should().Throw<InvalidOperationException>().WithMessage("*'size'*");
    }

    [Fact]
    public void Settings_of_one_name_share_a_type_and_none_is_named_like_a_key_every_check_has()
    {
        string[] everyCheck = ["check", "id", "title", "points", "required", "visibility", "fresh", "needs"];
        var settings = SocketChecks.AllSettings.ToList();

        settings.Select(s => s.Name).Should().NotIntersectWith(everyCheck);
        settings.GroupBy(s => s.Name).Should().OnlyContain(g => g.Select(s => s.Values).Distinct().Count() == 1);
    }

    [Fact]
    public void Every_type_of_setting_is_read_and_listed_with_the_keys_a_check_may_have()
    {
        var strict = CheckSetting.Flag("strict", false, "whether to be strict");
        var patience = CheckSetting.OptionalDuration("patience", "how long to wait");
        var kinds = new OneKind(strict, patience);
        CheckSpec Probe(string lines) =>
            AssignmentLoader
                .Parse(
                    $"assignment: x\nroles:\n  tcp-server:\n    checks:\n      - check: probe\n{lines}",
                    "k.yaml",
                    new OneLab(kinds)
                )
                .Checks.Single();

        Probe("        strict: yes\n").Settings.Get(strict).Should().BeTrue();
        Probe("").Settings.Get(strict).Should().BeFalse();
        Probe("        patience: 750ms\n").Settings.Get(patience).Should().Be(TimeSpan.FromMilliseconds(750));
        var bad = () => Probe("        strict: maybe\n");
        bad.Should()
            .Throw<AssignmentException>()
            .Which.Message.Should()
            .Be("k.yaml:6: 'strict' in a check of 'tcp-server' must be true or false, not 'maybe'");
        var unknown = () => Probe("        stirct: true\n");
        unknown
            .Should()
            .Throw<AssignmentException>()
            .Which.Message.Should()
            .Be(
                "k.yaml:6: unknown key 'stirct' in a check of 'tcp-server' (expected one of: check, id, title, points, required, visibility, patience, strict, fresh, needs)"
            );
    }
}
