using FluentAssertions;
using Grader.Labs;
using Grader.Labs.Lab1Sockets;
using Grader.Rubric;

namespace Grader.Tests.Rubric;

[Fast]
public sealed class AssignmentLoaderTests
{
    private static Assignment Parse(string yaml) =>
        AssignmentLoader.Parse(yaml, "/somewhere/course.yaml", LabRegistry.Catalog);

    [Fact]
    public void Shipped_rubric_has_all_five_roles_and_robustness_checks_apart()
    {
        var lab = AssignmentLoader.LoadShipped(LabRegistry.Default.Definition);

        lab.Roles.Select(r => r.Role).Should().BeEquivalentTo(SocketRoles.All);
        lab.Checks.Where(c => c.Required).Sum(c => c.Points).Should().Be(51);
        lab.Checks.Where(c => !c.Required).Should().NotBeEmpty().And.OnlyContain(c => c.Points > 0);
        lab.Port.Should().Be(12000);
    }

    [Theory]
    [InlineData(
        "assignment: x\nroles:\n  tcp-server:\n    checks:\n      - check: uppercase\n        pionts: 3\n",
        "course.yaml:6: unknown key 'pionts' in a check of 'tcp-server' (expected one of: check, id, title, points, required, visibility, message, clients, size, delay, wait, fresh, needs)"
    )]
    [InlineData(
        "assignment: x\nroles:\n  tcp-server:\n    checks:\n      - check: stays-up\n        needs: uppercase\n",
        "course.yaml:5: check 'stays-up' needs 'uppercase', which is not an earlier check of 'tcp-server'"
    )]
    [InlineData(
        "assignment: x\nroles:\n  tcp-sever:\n    checks: []\n",
        "course.yaml:3: unknown key 'tcp-sever' in 'roles' (expected one of: tcp-client, tcp-server, tcp-server-concurrent, udp-client, udp-server)"
    )]
    [InlineData(
        "assignment: x\ntimeouts:\n  reply: soon\nroles:\n  tcp-server:\n    checks: []\n",
        "course.yaml:3: 'reply' in 'timeouts' must be a duration such as 500ms, 2s or 1.5m, not 'soon'"
    )]
    [InlineData(
        "assignment: x\nroles:\n  udp-server:\n    checks:\n      - check: idle-clients\n",
        "course.yaml:5: 'idle-clients' is not a check the grader has for 'udp-server'"
    )]
    [InlineData(
        "assignment: x\nroles:\n  tcp-client:\n    checks:\n      - check: sends-line\n        points: -2\n",
        "course.yaml:6: 'points' in a check of 'tcp-client' must be a whole number from 0 to 1000, not '-2'"
    )]
    [InlineData("assignment: [x\n", "course.yaml:2: not valid YAML")]
    [InlineData(
        "assignment: x\nroles:\n  tcp-server:\n    accept-other-hosts: true\n    checks: []\n",
        "course.yaml:4: 'accept-other-hosts' is for client roles, and 'tcp-server' is a server"
    )]
    [InlineData(
        "assignment: x\nroles:\n  udp-client:\n    accept-other-hosts: sometimes\n    checks: []\n",
        "course.yaml:4: 'accept-other-hosts' in role 'udp-client' must be true or false, not 'sometimes'"
    )]
    [InlineData(
        "assignment: x\nroles:\n  udp-client:\n    accept-other-host: true\n    checks: []\n",
        "course.yaml:4: unknown key 'accept-other-host' in role 'udp-client' (expected one of: title, checks, accept-other-hosts)"
    )]
    public void Bad_assignment_file_is_an_error_naming_file_line_and_key(string yaml, string expected)
    {
        var parse = () => Parse(yaml);

        parse.Should().Throw<AssignmentException>().Which.Message.Should().StartWith(expected);
    }

    [Fact]
    public void Clients_accept_only_localhost_unless_the_assignment_accepts_other_hosts()
    {
        var lab = AssignmentLoader.LoadShipped(LabRegistry.Default.Definition);
        var accepting = Parse(
            "assignment: x\nroles:\n  tcp-client:\n    accept-other-hosts: true\n    checks: []\n  udp-client:\n    checks: []\n"
        );

        lab.Roles.Should().OnlyContain(r => !r.AcceptsOtherHosts);
        accepting.Roles.Select(r => r.AcceptsOtherHosts).Should().Equal(true, false);
    }

    [Fact]
    public void An_assignment_is_for_the_lab_its_lab_key_names_and_the_default_lab_without_one()
    {
        var named = Parse("assignment: x\nlab: lab1-sockets\nroles:\n  tcp-server:\n    checks: []\n");
        var unnamed = Parse("assignment: x\nroles:\n  tcp-server:\n    checks: []\n");

        named.Lab.Should().Be(LabRegistry.Default.Definition);
        unnamed.Lab.Should().Be(LabRegistry.Default.Definition);
        unnamed.Port.Should().Be(LabRegistry.Default.Definition.DefaultPort);
    }

    [Fact]
    public void An_unknown_lab_or_one_other_than_the_command_line_s_is_an_error_naming_file_and_line()
    {
        var unknown = () => Parse("assignment: x\nlab: lab9\nroles:\n  tcp-server:\n    checks: []\n");
        var other = () =>
            AssignmentLoader.Parse(
                "assignment: x\nlab: lab1-sockets\nroles:\n  tcp-server:\n    checks: []\n",
                "/somewhere/course.yaml",
                LabRegistry.Catalog,
                "web-server"
            );

        unknown
            .Should()
            .Throw<AssignmentException>()
            .WithMessage("course.yaml:2: unknown lab 'lab9' (the grader has: lab1-sockets*)");
        other
            .Should()
            .Throw<AssignmentException>()
            .WithMessage("course.yaml:2: the assignment is for lab 'lab1-sockets', not 'web-server'");
    }

    [Fact]
    public void Defaults_fill_what_a_check_leaves_out()
    {
        var check = Parse("assignment: x\nroles:\n  tcp-server:\n    checks:\n      - check: uppercase\n")
            .Checks.Single();

        check
            .Should()
            .BeEquivalentTo(
                new
                {
                    Id = "uppercase",
                    Points = 1,
                    Required = true,
                    Visibility = Visibility.Visible,
                    FullId = "tcp-server/uppercase",
                }
            );
    }
}
