using FluentAssertions;
using Grader.Results;
using Grader.Tests.Support;

namespace Grader.Tests.Grading;

/// <summary>Programs that hang, never start or flood their output are each reported within their deadline.</summary>
public sealed class BrokenProgramTests
{
    [Fact]
    public async Task Server_that_never_listens_is_reported_at_the_start_deadline_and_its_other_checks_are_skipped()
    {
        using var submission = TempSubmission.CorrectPythonWith(
            "never-listens",
            new Dictionary<string, string>
            {
                ["TCPServer.py"] = "import time\nprint('The server is ready to receive')\ntime.sleep(60)\n",
            }
        );

        var result = await LabGrading.GradeAsync(submission.Folder);

        var first = result.Check("tcp-server/uppercase");
        first.Status.Should().Be(CheckStatus.Failed);
        first.Message.Should().Be("the server was not listening on TCP port 12000 within 5 s");
        result
            .Checks.Where(c => c.Role == "tcp-server")
            .Skip(1)
            .Should()
            .OnlyContain(c => c.Status == CheckStatus.Skipped);
        result.Role("tcp-server-concurrent").Passed.Should().BeTrue("only the sequential server is broken");
    }

    [Fact]
    public async Task Server_on_the_wrong_port_is_told_which_port_it_listens_on()
    {
        using var submission = TempSubmission.CorrectPythonWith(
            "wrong-port",
            new Dictionary<string, string>
            {
                ["UDPServer.py"] =
                    "from socket import *\ns = socket(AF_INET, SOCK_DGRAM)\ns.bind(('', 12001))\nwhile True:\n    m, a = s.recvfrom(2048)\n    s.sendto(m.upper(), a)\n",
            }
        );

        var result = await LabGrading.GradeAsync(submission.Folder);

        result
            .Check("udp-server/uppercase")
            .Message.Should()
            .Be("nothing is bound to UDP port 12000; your server is bound to UDP port 12001");
    }

    [Fact]
    public async Task Client_that_never_exits_is_stopped_at_its_deadline_and_loses_only_the_exit_check()
    {
        using var submission = TempSubmission.CorrectPythonWith(
            "never-exits",
            new Dictionary<string, string>
            {
                ["TCPClient.py"] = """
                from socket import *
                import time
                s = socket(AF_INET, SOCK_STREAM)
                s.connect(("localhost", 12000))
                line = input("Input a lowercase sentence:")
                s.send(line.encode())
                print("From Server:", s.recv(1024).decode(), flush=True)
                s.close()
                time.sleep(600)
                """,
            }
        );

        var result = await LabGrading.GradeAsync(submission.Folder);

        result.Check("tcp-client/sends-line").Passed.Should().BeTrue();
        result.Check("tcp-client/prints-reply").Passed.Should().BeTrue();
        result
            .Check("tcp-client/exits-cleanly")
            .Message.Should()
            .StartWith("the client was stopped (still running after the time limit of 5 s)");
    }

    [Fact]
    public async Task Program_that_floods_its_output_is_cut_at_the_cap_and_stopped_at_its_deadline()
    {
        using var submission = TempSubmission.CorrectPythonWith(
            "floods",
            new Dictionary<string, string>
            {
                ["UDPClient.py"] = "import sys\nwhile True:\n    sys.stdout.write('flood ' * 1000)\n",
            }
        );

        var result = await LabGrading.GradeAsync(submission.Folder);

        var check = result.Check("udp-client/sends-line");
        check.Status.Should().Be(CheckStatus.Failed);
        check.Message.Should().Contain("was stopped (still running after the time limit of 5 s)");
        check.Output!.Truncated.Should().BeTrue();
        check.Output.StandardOutput.Length.Should().BeLessThanOrEqualTo(LabGrading.Lab.Limits.OutputBytes);
    }

    [Fact]
    public async Task Python_2_program_is_diagnosed_as_python_2_with_its_file_and_line()
    {
        using var submission = TempSubmission.CorrectPythonWith(
            "python2",
            new Dictionary<string, string>
            {
                ["UDPClient.py"] =
                    "from socket import *\nmessage = raw_input('Input a lowercase sentence:')\nprint 'From Server:', message\n",
            }
        );

        var result = await LabGrading.GradeAsync(submission.Folder);

        var check = result.Check("udp-client/sends-line");
        check
            .Message.Should()
            .Contain("exited with code 1")
            .And.Contain("SyntaxError")
            .And.Contain("UDPClient.py line 3")
            .And.Contain("Python 2");
        result
            .Checks.Where(c => c.Role == "udp-client")
            .Skip(1)
            .Should()
            .OnlyContain(c => c.Status == CheckStatus.Skipped);
    }
}
