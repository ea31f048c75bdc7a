using FluentAssertions;
using Grader.Launching;

namespace Grader.Tests.Launching;

/// <summary>
/// Whether a program ended by itself or by the grader's kill, from its exit code and whether the grader had begun to
/// kill it: the grader kills the program under its wrapper first, so the wrapper may end with the signal's code before
/// the run's cancellation arrives (a pinger stopped on a loaded machine was told it "exited" after 5 pings).
/// </summary>
[Fast]
public sealed class KillReasonTests
{
    [Theory]
    [InlineData(null, null, "killed by the grader")]
    [InlineData(null, "stopped by the grader", "stopped by the grader")]
    [InlineData(137, "stopped by the grader", "stopped by the grader")]
    [InlineData(143, "stopped by the grader", "stopped by the grader")]
    [InlineData(0, "stopped by the grader", null)]
    [InlineData(1, "stopped by the grader", null)]
    [InlineData(137, null, null)]
    [InlineData(0, null, null)]
    public void An_end_by_a_signal_after_the_grader_began_to_kill_is_the_graders_kill_and_any_other_end_the_programs(
        int? exitCode,
        string? killAsked,
        string? reason
    ) => RunningProgram.KillReason(exitCode, killAsked).Should().Be(reason);
}
