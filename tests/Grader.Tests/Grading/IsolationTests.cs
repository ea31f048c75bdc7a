using FluentAssertions;
using Grader.Tests.Support;

namespace Grader.Tests.Grading;

/// <summary>Submissions graded at once each get port 12000 to themselves (that no daemon outlives its launch is in <see
/// cref="Hostile.HostileContract"/>).</summary>
public sealed class IsolationTests
{
    [Fact]
    public async Task Two_submissions_graded_at_the_same_time_both_use_port_12000_without_interfering()
    {
        using var faulty = TempSubmission.CorrectPythonWith(
            "echoes",
            new Dictionary<string, string>
            {
                ["TCPServer.py"] =
                    "from socket import *\ns = socket(AF_INET, SOCK_STREAM)\ns.bind(('', 12000))\ns.listen(5)\nwhile True:\n    c, a = s.accept()\n    c.send(c.recv(1024))\n    c.close()\n",
            }
        );

        var results = await Task.WhenAll(
            LabGrading.GradeAsync(Repository.Submission("python-correct")),
            LabGrading.GradeAsync(faulty.Folder)
        );

        results[0].Score.Should().Be(results[0].MaxScore);
        results[1].Check("tcp-server/uppercase").Message.Should().Contain("without upper-casing it");
        results[1].Roles.Where(r => r.Role != "tcp-server").Should().OnlyContain(r => r.Passed);
    }
}
