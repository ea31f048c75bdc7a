using FluentAssertions;
using Grader.Tests.Support;

namespace Grader.Tests.Grading;

/// <summary>Submissions graded at once each get port 12000 to themselves, and leave no process behind.</summary>
public sealed class IsolationTests
{
    [Fact]
    public async Task Two_submissions_graded_at_the_same_time_both_use_port_12000_without_interfering()
    {
        using var faulty = TempSubmission.CorrectPythonWith("echoes", new Dictionary<string, string>
        {
            ["TCPServer.py"] = "from socket import *\ns = socket(AF_INET, SOCK_STREAM)\ns.bind(('', 12000))\ns.listen(5)\nwhile True:\n    c, a = s.accept()\n    c.send(c.recv(1024))\n    c.close()\n",
        });

        var results = await Task.WhenAll(
            LabGrading.GradeAsync(Repository.Submission("python-correct")),
            LabGrading.GradeAsync(faulty.Folder));

        results[0].Score.Should().Be(results[0].MaxScore);
        results[1].Check("tcp-server/uppercase").Message.Should().Contain("without upper-casing it");
        results[1].Roles.Where(r => r.Role != "tcp-server").Should().OnlyContain(r => r.Passed);
    }

    [Fact]
    public async Task No_process_a_server_started_outlives_grading_even_a_double_forked_daemon()
    {
        var marker = $"grader-test-daemon-{Guid.NewGuid():N}";
        using var submission = TempSubmission.CorrectPythonWith("daemon", new Dictionary<string, string>
        {
            ["TCPServer.py"] = $$"""
                import os, subprocess, sys
                # Escape as a daemon: fork, new session, fork again, and live on with a recognisable command line.
                if os.fork() == 0:
                    os.setsid()
                    if os.fork() == 0:
                        os.execv(sys.executable, [sys.executable, "-c", "import time; time.sleep(120)", "{{marker}}"])
                    os._exit(0)
                from socket import *
                s = socket(AF_INET, SOCK_STREAM)
                s.bind(("", 12000))
                s.listen(5)
                while True:
                    c, a = s.accept()
                    try:
                        c.send(c.recv(1024).decode().upper().encode())
                    except ConnectionError:
                        pass
                    c.close()
                """,
        });

        var result = await LabGrading.GradeAsync(submission.Folder);

        result.Role("tcp-server").Passed.Should().BeTrue();
        LeftoverProcesses.Matching(marker).Should().BeEmpty();
    }
}
