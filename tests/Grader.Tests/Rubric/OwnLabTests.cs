using System.Text.Json;
using FluentAssertions;
using Grader.Labs;
using Grader.Rubric;
using Grader.Submissions;
using Grader.Tests.Support;

namespace Grader.Tests.Rubric;

/// <summary>
/// An instructor defines a lab of their own in an assignment file, without writing C#: a new name, the grader's lab it
/// is based on (whose check kinds and probes it uses), and roles that are that lab's or described in the file (server
/// or client, TCP or UDP, the file names students give them). It is graded like a shipped lab, and a mistake in it is
/// one line naming the file, the line and what is wrong.
/// </summary>
public sealed class OwnLabTests
{
    /// <summary>docs/writing-a-lab.md's example: a web server lab of one's own, on port 8080, the server named
    /// <c>HttpServer</c>.</summary>
    private const string HttpLab = """
        assignment: http-8080
        lab: http-server-8080
        based-on: web-server
        title: "Lab 3: a web server on port 8080"
        port: 8080
        roles:
          http-server:
            kind: server
            transport: tcp
            files: [HttpServer, http_server]
            checks:
              - check: serves-file
                points: 6
              - check: not-found
                points: 2
              - check: keeps-serving
                points: 2
              - check: stays-in-folder
                title: Serves nothing from outside its folder
                points: 2
                fresh: true
        """;

    [Fact]
    public async Task A_lab_of_ones_own_based_on_the_web_server_lab_grades_a_server_by_its_roles_names_and_port()
    {
        using var folder = new TempFolder();
        var rubric = folder["http-8080.yaml"];
        File.WriteAllText(rubric, HttpLab);
        using var submission = new TempSubmission("http-student");
        submission.With(
            "HttpServer.py",
            File.ReadAllText(Path.Combine(Repository.Submission("web-server-robust"), "WebServer.py"))
                .Replace("serverPort = 6789", "serverPort = 8080", StringComparison.Ordinal)
        );
        // A second Python file that also serves, which the lab's file names rule out.
        submission.With(
            "WebServer.py",
            File.ReadAllText(Path.Combine(Repository.Submission("web-server-correct"), "WebServer.py"))
        );

        var assignment = AssignmentLoader.LoadFile(rubric, LabRegistry.Catalog);
        var result = await LabGrading.GradeAsync(submission.Folder, assignment: assignment);

        assignment.Lab.Name.Should().Be("http-server-8080");
        assignment.Lab.Base.Should().Be("web-server");
        assignment.Port.Should().Be(8080);
        var role = result.Roles.Should().ContainSingle().Subject;
        role.Role.Should().Be("http-server");
        role.Program.Should().Be("HttpServer.py");
        result
            .Checks.Select(c => c.Id)
            .Should()
            .Equal(
                "http-server/serves-file",
                "http-server/not-found",
                "http-server/keeps-serving",
                "http-server/stays-in-folder"
            );
        result.Checks.Should().OnlyContain(c => c.Passed, string.Join("; ", result.Checks.Select(c => c.Message)));
        result.Score.Should().Be(12);
    }

    [Fact]
    public async Task The_command_line_grades_a_lab_of_ones_own_from_its_assignment_file()
    {
        using var folder = new TempFolder();
        var rubric = folder["http-8080.yaml"];
        File.WriteAllText(rubric, HttpLab);

        // web-server-correct listens on 6789, not the lab's 8080: its server role fails, named as the file says.
        var run = await GraderCli.RunAsync([
            "grade",
            "submissions/web-server-correct",
            "--assignment",
            rubric,
            "--format",
            "json",
        ]);

        run.ExitCode.Should().Be(1, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        json.RootElement.GetProperty("assignment").GetString().Should().Be("http-8080");
        json.RootElement.GetProperty("checks")[0].GetProperty("message").GetString().Should().Contain("8080");
    }

    [Theory]
    [InlineData("based-on: web-sever", "x.yaml:3: unknown lab 'web-sever' (the grader has: ")]
    [InlineData("based-on: web-server\nlab: web-server", "x.yaml:4: 'web-server' is one of the grader's labs")]
    [InlineData("based-on: web-server", "x.yaml:3: a lab of your own needs a name of its own: add 'lab: <name>'")]
    public void A_mistake_in_a_lab_of_ones_own_is_one_line_naming_the_file_and_line(string lines, string expected)
    {
        // The lines under test start on line 3.
        var yaml =
            $"assignment: mine\n# a lab of one's own\n{lines}\nroles:\n  web-server:\n    checks:\n      - check: serves-file\n";

        var parse = () => AssignmentLoader.Parse(yaml, "x.yaml", LabRegistry.Catalog);

        parse.Should().Throw<AssignmentException>().Which.Message.Should().StartWith(expected);
    }

    [Fact]
    public void A_described_role_needs_its_kind_and_takes_only_the_check_kinds_of_the_lab_it_is_based_on()
    {
        const string Head = "assignment: mine\nlab: mine\nbased-on: web-server\nroles:\n  echo:\n";

        var noKind = () =>
            AssignmentLoader.Parse(Head + "    checks:\n      - check: serves-file\n", "x.yaml", LabRegistry.Catalog);
        var otherLabsKind = () =>
            AssignmentLoader.Parse(
                Head + "    kind: server\n    transport: tcp\n    checks:\n      - check: uppercase\n",
                "x.yaml",
                LabRegistry.Catalog
            );

        noKind
            .Should()
            .Throw<AssignmentException>()
            .Which.Message.Should()
            .Be("x.yaml:5: role 'echo' is not a role of 'web-server', so it needs 'kind: server' or 'kind: client'");
        otherLabsKind.Should().Throw<AssignmentException>().Which.Message.Should().Contain("uppercase");
    }

    [Fact]
    public void A_described_concurrent_server_beside_its_lab_s_sequential_one_is_told_apart_by_how_a_file_serves()
    {
        // Like lab 1's two TCP servers: the web server lab's server, and a threaded one of the instructor's.
        const string Yaml = """
            assignment: mine
            lab: two-web-servers
            based-on: web-server
            roles:
              web-server:
                checks:
                  - check: serves-file
              threaded-web-server:
                kind: server
                transport: tcp
                concurrent: true
                files: [ThreadedWebServer]
                checks:
                  - check: second-browser
            """;
        var assignment = AssignmentLoader.Parse(Yaml, "x.yaml", LabRegistry.Catalog);
        var threaded = File.ReadAllText(
            Path.Combine(Repository.Submission("web-server-concurrent-correct"), "WebServer.py")
        );
        var sequential = File.ReadAllText(Path.Combine(Repository.Submission("web-server-correct"), "WebServer.py"));
        using var both = new TempSubmission("both");
        both.With("server_a.py", threaded).With("server_b.py", sequential);
        using var onlyThreaded = new TempSubmission("only-threaded");
        onlyThreaded.With("server.py", threaded);

        var roles = assignment.Lab.Roles;
        roles
            .Select(r => (r.Name, r.ServesSideBySide))
            .Should()
            .Equal(("web-server", false), ("threaded-web-server", true));
        Programs(SubmissionScanner.Scan(both.Folder, roles))
            .Should()
            .Equal(("web-server", "server_b.py"), ("threaded-web-server", "server_a.py"));
        Programs(SubmissionScanner.Scan(onlyThreaded.Folder, roles))
            .Should()
            .Equal(("web-server", "server.py"), ("threaded-web-server", "server.py"));
    }

    [Fact]
    public void Only_a_server_role_can_be_concurrent()
    {
        const string Yaml =
            "assignment: mine\nlab: mine\nbased-on: mail-client\nroles:\n  mailer:\n    kind: client\n"
            + "    transport: tcp\n    concurrent: true\n    checks:\n      - check: helo\n";

        var parse = () => AssignmentLoader.Parse(Yaml, "x.yaml", LabRegistry.Catalog);

        parse
            .Should()
            .Throw<AssignmentException>()
            .Which.Message.Should()
            .Be("x.yaml:8: 'concurrent' is for a server role: a client serves no one");
    }

    private static IEnumerable<(string Role, string Program)> Programs(Submission submission) =>
        submission.Programs.Select(p => (p.Role.Name, p.Source));
}
