using FluentAssertions;
using Grader.Sandboxes;
using Grader.Tests.Support;

namespace Grader.Tests.Grading;

/// <summary>
/// The lecture defines correct: its five programs, exactly as printed (<c>submissions/lecture-as-printed</c>), pass
/// every required check in every sandbox and every run, and what they do not do is judged the same way every time.
/// </summary>
public sealed class LectureProgramTests
{
    private static string Lecture => Repository.Submission("lecture-as-printed");

    [Fact]
    public async Task Lecture_programs_as_printed_get_every_required_point_in_namespaces_in_each_of_five_runs()
    {
        string? first = null;
        for (var run = 1; run <= 5; run++)
        {
            var result = await LabGrading.GradeAsync(Lecture);

            result.ShouldPassEveryRequiredCheck($"run {run}");
            first ??= result.Verdicts();
            result.Verdicts().Should().Be(first, $"run {run} must judge every check as run 1 did");
        }
    }

    [Fact]
    public async Task Lecture_programs_as_printed_get_every_required_point_in_the_direct_sandbox()
    {
        var result = await LabGrading.GradeAsync(Lecture, new DirectSandbox());

        result.ShouldPassEveryRequiredCheck("the direct sandbox");
        result
            .Verdicts()
            .Should()
            .Be((await LabGrading.GradeAsync(Lecture)).Verdicts(), "a verdict does not depend on the sandbox");
    }

    [Fact]
    public async Task Lecture_programs_miss_exactly_the_robustness_the_lecture_does_not_teach()
    {
        var result = await LabGrading.GradeAsync(Lecture);

        result
            .Checks.Where(c => c.IsRobustnessMiss)
            .Select(c => c.Id)
            .Should()
            .BeEquivalentTo(
                "tcp-server/reset-connection",
                "tcp-server/large-message",
                "tcp-server/split-message",
                "tcp-server-concurrent/large-message",
                "tcp-server-concurrent/split-message",
                "udp-server/invalid-utf8",
                "udp-server/large-message",
                "tcp-client/no-server",
                "udp-client/lost-reply",
                "udp-client/no-server"
            );
        result.Check("tcp-server/reset-connection").Message.Should().Contain("ConnectionResetError");
    }
}
