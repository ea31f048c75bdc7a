using FluentAssertions;
using Grader.Tests.Support;

namespace Grader.Tests.Hostile;

/// <summary>
/// Bad input in a submission folder never stops its grading: a link loop, links out of the submission, a file its owner
/// may not read, a name that is not valid UTF-8, a 1 GiB file, a named pipe, an empty folder and a file where a folder
/// was expected each give their student a verdict and a one-line note, in <c>grade</c> and in a <c>batch</c>, in the
/// namespace and direct sandboxes (the docker sandbox's are in <c>Containers/ContainerBadInputTests</c>).
/// </summary>
[Collection(HostileCollection.Name)]
public sealed class BadInputTests
{
    [Fact]
    public async Task Grade_of_correct_programs_beside_a_link_loop_gives_full_marks_and_names_the_link()
    {
        using var folder = new TempFolder();
        var submission = folder["loopy"];
        BadInputs.CopyCorrect(submission);
        Directory.CreateDirectory(Path.Combine(submission, "a"));
        Directory.CreateSymbolicLink(Path.Combine(submission, "a", "loop"), "..");

        var run = await GraderCli.RunAsync(["grade", submission]);

        run.Stderr.Should().NotContain("internal error").And.NotContain("symbolic links");
        run.ExitCode.Should().Be(0, run.Stdout + run.Stderr);
        run.Stdout.Should()
            .Contain("loopy: 51/51 points")
            .And.Contain("files: left out `a/loop`: a link to a folder (`..`), not followed");
    }

    [Fact]
    public async Task Batch_in_the_namespace_sandbox_gives_every_bad_submission_a_verdict_and_its_note()
    {
        using var bad = new BadClass();

        var run = await GraderCli.RunAsync(bad.BatchArguments("namespace"));

        bad.ShouldHaveGradedEveryOne(run);
    }

    [Fact]
    public async Task Batch_in_the_direct_sandbox_gives_every_bad_submission_a_verdict_and_its_note()
    {
        using var bad = new BadClass();

        // In a network namespace of its own, so the ports the direct sandbox uses are no other test's.
        var run = await GraderCli.RunAsync(
            [
                "-n",
                "sh",
                "-c",
                "ip link set lo up && exec \"$@\"",
                "sh",
                .. GraderCommand(bad.BatchArguments("direct")),
            ],
            program: "unshare"
        );

        bad.ShouldHaveGradedEveryOne(run);
    }

    [Fact]
    public async Task Grade_by_a_user_who_may_not_read_a_file_leaves_it_out_and_says_so()
    {
        using var folder = new TempFolder();
        var submission = folder["private"];
        BadInputs.CopyCorrect(submission);
        File.WriteAllText(Path.Combine(submission, "notes.txt"), "mine\n");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(Path.Combine(submission, "notes.txt"), UnixFileMode.None);
        File.WriteAllText(Path.Combine(submission, "secret.txt"), "root's\n");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(
                Path.Combine(submission, "secret.txt"),
                UnixFileMode.UserRead | UnixFileMode.UserWrite
            );

        // The grader as nobody (the files are root's), in a network namespace of its own for the direct sandbox: its
        // own copy of the grader, from its home, since the checkout may be closed to other users.
        using var user = new PlainUser();
        var run = await GraderCli.RunAsync(
            [
                "-n",
                "sh",
                "-c",
                "ip link set lo up && cd \"$1\" && shift && exec setpriv --reuid=65534 --regid=65534 --clear-groups env HOME=\"$PWD\" \"$@\"",
                "sh",
                user.Home,
                "dotnet",
                user.GraderDll,
                "grade",
                submission,
                "--sandbox",
                "direct",
            ],
            program: "unshare"
        );

        run.Stderr.Should().NotContain("internal error");
        run.ExitCode.Should().Be(0, run.Stdout + run.Stderr);
        run.Stdout.Should()
            .Contain("private: 51/51 points")
            .And.Contain("files: left out `notes.txt`: its owner may not read it (mode 000)")
            .And.Contain("files: left out `secret.txt`: it cannot be read (permission denied)");
    }

    // The command line that runs the built grader.
    private static IEnumerable<string> GraderCommand(IEnumerable<string> args) =>
        ["dotnet", Path.Combine(AppContext.BaseDirectory, "grader.dll"), .. args];
}
