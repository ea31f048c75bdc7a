using FluentAssertions;
using Grader.Labs.UdpPinger;
using Grader.Results;
using Grader.Tests.Support;

namespace Grader.Tests.Labs.UdpPinger;

/// <summary>
/// The pinger lab's examples, real Python clients graded through the submission grader in the namespace sandbox against
/// the probe server's seeded plan, beyond their READMEs' verdicts (which <see cref="Grading.ExampleSubmissionTests"/>
/// holds every example to): the textbook's client passes every required check every time, and the report shows the
/// plan.
/// </summary>
public sealed class PingerExampleTests
{
    [Fact]
    public void The_lab_has_the_textbooks_client_and_at_least_four_faulty_examples()
    {
        PingerGrading.Examples.Should().Contain(["udp-pinger-correct", "udp-pinger-with-statistics"]);
        PingerGrading
            .Examples.Where(e => ExampleReadme.Of(e).Fails.Count > 0)
            .Should()
            .HaveCountGreaterThanOrEqualTo(4);
    }

    public static TheoryData<string> Examples() => new(PingerGrading.Examples);

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Every_check_of_an_example_has_the_same_verdict_whether_the_kernel_or_the_deadline_ends_a_wait(
        string name
    )
    {
        // A client the kernel shows waiting forever for a dropped ping's reply is stopped at once, not after give-up.
        (await HangsBothWays.GradeAsync(Repository.Submission(name), PingerGrading.Rubric)).ShouldJudgeAlike();
    }

    [Fact]
    public async Task The_textbooks_client_passes_every_required_check_in_each_of_five_runs()
    {
        for (var run = 1; run <= 5; run++)
        {
            var result = await PingerGrading.GradeAsync(Repository.Submission("udp-pinger-correct"));

            result.ShouldPassEveryRequiredCheck($"run {run}");
            result.Misses().Should().Equal(["udp-pinger/statistics"], $"run {run} misses only the optional exercise");
        }
    }

    [Fact]
    public async Task The_report_shows_the_plan_which_pings_were_dropped_and_how_long_each_reply_was_held()
    {
        var plan = PingPlan.FromSeed(42).Describe();

        var result = await PingerGrading.GradeAsync(Repository.Submission("udp-pinger-correct"));

        result.Check("udp-pinger/reports-rtt").Message.Should().Contain(plan);
        result.Check("udp-pinger/waits-one-second").Message.Should().Contain("(5, 8, 9)");
        var transcript = result.Check("udp-pinger/sends-pings").Transcript;
        transcript.Should().Contain(e => e.Event == TranscriptEvent.Note && e.Data!.Contains(plan));
        transcript
            .Where(e => e.Event == TranscriptEvent.Received)
            .Select(e => e.Data)
            .Should()
            .HaveCount(10)
            .And.Contain(d => d!.Contains("ping 5: dropped, as if lost"))
            .And.Contain(d => d!.Contains("ping 1: its reply held 150 ms"));
        transcript
            .Where(e => e.Event == TranscriptEvent.Sent)
            .Should()
            .HaveCount(7, "the 7 answered pings are replied to");
    }
}
