using FluentAssertions;
using Grader.Labs.WebServer;
using Grader.Rubric;
using Grader.Sandboxes;
using Grader.Tests.Support;

namespace Grader.Tests.Sandboxes;

/// <summary>
/// A course's port, whatever it is: a launch's own network namespace opens every port to its unprivileged program, so
/// a textbook web server on port 80 (a course's rubric may say 80) is graded as it is; where the program runs on the
/// machine's own network as an unprivileged user, the verdict says why it cannot bind there.
/// </summary>
public sealed class PrivilegedPortTests
{
    private const int CoursePort = 80;

    private static readonly Assignment OnPort80 = AssignmentLoader.LoadShipped(new WebServerLab().Definition) with
    {
        Port = CoursePort,
    };

    [Fact]
    public async Task A_web_server_on_port_80_gets_every_required_point_in_its_own_network_namespace()
    {
        using var submission = WebServerOnPort80();

        var result = await LabGrading.GradeAsync(submission.Folder, assignment: OnPort80);

        result.ShouldPassEveryRequiredCheck("port 80 in a namespace of the launch's own");
    }

    [Fact]
    public async Task In_the_direct_sandbox_an_unprivileged_program_refused_port_80_is_told_why()
    {
        using var submission = WebServerOnPort80();

        var result = await LabGrading.GradeAsync(
            submission.Folder,
            new DirectSandbox(userPerLaunch: true),
            assignment: OnPort80
        );

        var failed = result.Checks.First(c => c.Required && !c.Passed);
        failed.Message.Should().Contain("Permission denied").And.Contain("a port below 1024 takes root");
    }

    private static TempSubmission WebServerOnPort80()
    {
        var submission = new TempSubmission("port-80");
        var example = Repository.Submission("web-server-correct");
        foreach (var file in Directory.GetFiles(example))
            File.Copy(file, Path.Combine(submission.Folder, Path.GetFileName(file)));
        var server = Path.Combine(submission.Folder, "WebServer.py");
        var code = File.ReadAllText(server);
        code.Should().Contain("6789", "the example serves the handout's port");
        File.WriteAllText(server, code.Replace("6789", $"{CoursePort}", StringComparison.Ordinal));
        return submission;
    }
}
