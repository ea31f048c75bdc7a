using System.Diagnostics;
using FluentAssertions;
using Grader.Tests.Support;

namespace Grader.Tests.Grading;

/// <summary>The <c>grader</c> command as a user runs it: exit codes, one-line errors, and nothing left behind when
/// killed.</summary>
public sealed class CommandLineTests
{
    [Theory]
    [InlineData(new[] { "grade", "/no/such/folder" }, 2, "grader: no submission folder at /no/such/folder")]
    [InlineData(
        new[] { "grade", "submissions/python-correct", "--sandbox", "bogus" },
        2,
        "grader: Argument 'bogus' not recognized"
    )]
    [InlineData(
        new[] { "grade", "submissions/python-correct", "--assignment", "/no/such.yaml" },
        2,
        "grader: cannot read the assignment file /no/such.yaml"
    )]
    [InlineData(
        new[] { "grade", "submissions/python-correct", "--lab", "lab9" },
        2,
        "grader: Argument 'lab9' not recognized. Must be one of: 'lab1-sockets'"
    )]
    public async Task Bad_input_is_one_line_on_standard_error_and_exit_code_2(string[] args, int exitCode, string error)
    {
        var (code, _, stderr) = await RunGraderAsync(args);

        code.Should().Be(exitCode);
        stderr.Trim().Should().StartWith(error).And.NotContain("\n").And.NotContain("   at ");
    }

    [Fact]
    public async Task Labs_lists_every_lab_with_its_roles_and_marks_the_default()
    {
        var run = await GraderCli.RunAsync(["labs"]);

        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stdout.Should()
            .StartWith("lab1-sockets (default): ")
            .And.Contain("tcp-server-concurrent (TCP server)")
            .And.Contain("port 12000");
    }

    [Fact]
    public async Task Grading_a_correct_submission_exits_0_and_a_faulty_one_exits_1()
    {
        (await RunGraderAsync(["grade", "submissions/python-correct", "--format", "json"])).ExitCode.Should().Be(0);
        (await RunGraderAsync(["grade", "submissions/python-no-uppercase", "--format", "json"]))
            .ExitCode.Should()
            .Be(1);
    }

    [Fact]
    public async Task Killing_the_grader_with_sigkill_leaves_no_student_process_running()
    {
        var marker = $"grader-test-orphan-{Guid.NewGuid():N}";
        using var submission = TempSubmission.CorrectPythonWith(
            "killed",
            new Dictionary<string, string>
            {
                // Starts a child with a recognisable command line, then never listens: grading waits on it.
                ["TCPServer.py"] =
                    $"import subprocess, sys, time\nsubprocess.Popen([sys.executable, '-c', 'import time; time.sleep(120)', '{marker}'])\ntime.sleep(120)\n",
            }
        );
        using var grader = Process.Start(GraderStartInfo(["grade", submission.Folder]))!;
        try
        {
            await WaitUntilAsync(() => LeftoverProcesses.Matching(marker).Count > 0, TimeSpan.FromSeconds(20));
        }
        finally
        {
            grader.Kill(); // SIGKILL: the grader gets no chance to clean up
        }
        await grader.WaitForExitAsync(TestContext.Current.CancellationToken);

        await WaitUntilAsync(() => LeftoverProcesses.Matching(marker).Count == 0, TimeSpan.FromSeconds(10));
        LeftoverProcesses.Matching(marker).Should().BeEmpty();
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan deadline)
    {
        var clock = Stopwatch.StartNew();
        while (!condition() && clock.Elapsed < deadline)
            await Task.Delay(20, TestContext.Current.CancellationToken);
    }

    // As GraderCli starts it: from the repository's root, each run of grade capturing into a scratch folder.
    private static ProcessStartInfo GraderStartInfo(IEnumerable<string> args) => GraderCli.StartInfo(args);

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunGraderAsync(IEnumerable<string> args)
    {
        using var process = Process.Start(GraderStartInfo(args))!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await stdout, await stderr);
    }
}
