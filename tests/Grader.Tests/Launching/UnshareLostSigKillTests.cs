using FluentAssertions;
using Grader.Launching;

namespace Grader.Tests.Launching;

/// <summary>
/// util-linux 2.38's <c>unshare</c>, which keeps the namespace sandbox's PID namespace, exits 1 with "sigprocmask
/// unblock failed" when its child is killed with SIGKILL. That end is read as the child's SIGKILL before anything decides
/// whether the grader killed the program: read as the program's own exit 1, a pinger client the grader stopped while it
/// waited forever was told it "exited" after 5 pings, failing three checks for one fault (1 run in 15 on a loaded
/// machine).
/// </summary>
[Fast]
public sealed class UnshareLostSigKillTests
{
    private const string Complaint = "unshare: sigprocmask unblock failed: Invalid argument\n";

    [Fact]
    public void Unshares_exit_1_with_its_complaint_is_the_childs_sigkill_without_the_complaint()
    {
        var written = "Traceback...\n" + Complaint;

        var (exitCode, standardError) = LimitDiagnosis.AsTheProgramEnded(1, written, written);

        exitCode.Should().Be(137);
        standardError.Should().Be("Traceback...\n");
    }

    [Fact]
    public void Read_so_an_end_after_the_grader_began_to_kill_is_the_graders_kill()
    {
        var (exitCode, _) = LimitDiagnosis.AsTheProgramEnded(1, Complaint, Complaint);

        RunningProgram.KillReason(exitCode, "stopped by the grader").Should().Be("stopped by the grader");
    }

    [Fact]
    public void The_complaint_past_the_output_cap_is_read_from_the_streams_end()
    {
        var capped = new string('x', 100);

        LimitDiagnosis
            .AsTheProgramEnded(1, capped, "xxxx" + Complaint)
            .Should()
            .Be((137, capped), "the kept output is the program's own and stays as it is");
    }

    [Theory]
    [InlineData(1, "Traceback (most recent call last):\nValueError\n")]
    [InlineData(0, Complaint)]
    [InlineData(null, Complaint)]
    [InlineData(137, "")]
    public void Any_other_end_is_left_as_it_is(int? exitCode, string standardError) =>
        LimitDiagnosis.AsTheProgramEnded(exitCode, standardError, standardError).Should().Be((exitCode, standardError));
}
