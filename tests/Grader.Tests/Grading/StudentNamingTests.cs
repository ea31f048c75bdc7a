using FluentAssertions;
using Grader.Reports;
using Grader.Tests.Support;

namespace Grader.Tests.Grading;

/// <summary>Programs named and placed as real students name and place them are found, graded and pass, each role saying
/// which file it graded and why.</summary>
public sealed class StudentNamingTests
{
    [Fact]
    public async Task Programs_named_as_students_name_them_are_all_found_and_pass_with_the_reason_shown()
    {
        using var folder = new TempSubmission("student-names");
        foreach (
            var (correct, named) in new[]
            {
                ("TCPClient.py", "client.py"),
                ("TCPServer.py", "server2.py"),
                ("TCPServerConcurrent.py", "TCPthreads.py"),
                ("UDPClient.py", "UPDClient.py"),
                ("UDPServer.py", "udp/server.py"),
            }
        )
            folder.With(named, File.ReadAllText(Path.Combine(Repository.Submission("python-correct"), correct)));

        var result = await LabGrading.GradeAsync(folder.Folder);

        result
            .Roles.Select(r => (r.Role, r.Passed, r.Program, r.Reason))
            .Should()
            .BeEquivalentTo(
                new[]
                {
                    ("tcp-client", true, "client.py", "`client.py`: a TCP client (connects to a server)"),
                    (
                        "tcp-server",
                        true,
                        "server2.py",
                        "`server2.py`: a sequential TCP server (serves one connection at a time)"
                    ),
                    (
                        "tcp-server-concurrent",
                        true,
                        "TCPthreads.py",
                        "`TCPthreads.py`: a usual name for the role, a TCP server that starts a thread per connection"
                    ),
                    ("udp-client", true, "UPDClient.py", "`UPDClient.py`: its name points to the role"),
                    (
                        "udp-server",
                        true,
                        "udp/server.py",
                        "`udp/server.py`: a UDP server (answers the datagrams it receives)"
                    ),
                }
            );
        result.Score.Should().Be(result.MaxScore);
        var console = new StringWriter();
        await new ConsoleReport().WriteAsync(
            result,
            new ReportContext(false, []),
            console,
            TestContext.Current.CancellationToken
        );
        console.ToString().Should().Contain("`udp/server.py`: a UDP server (answers the datagrams it receives)");
    }
}
