using FluentAssertions;
using Grader.Labs.UdpPinger.Judges;
using Grader.Results;
using Grader.Sandboxes;
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

    [Fact]
    public async Task A_pinger_that_pings_another_port_is_told_where_its_pings_went_or_why_the_sandbox_cannot_tell()
    {
        var folder = Repository.Submission("udp-pinger-wrong-port");

        var results = await Task.WhenAll(
            PingerGrading.GradeAsync(folder),
            LabGrading.GradeAsync(folder, new DirectSandbox(), PingerGrading.Rubric)
        );

        results[0]
            .Check("udp-pinger/sends-pings")
            .Message.Should()
            .Be(
                "the client sent its pings to 127.0.0.1:1212, not to port 12000, where the server listens (10 datagrams, none answered)"
            );
        results[0]
            .Check("udp-pinger/sends-pings")
            .Transcript.Should()
            .Contain(e =>
                e.Event == TranscriptEvent.Note
                && e.Data!.StartsWith(
                    "the program sent a UDP datagram to 127.0.0.1:1212, where no server listens: Ping 1 ",
                    StringComparison.Ordinal
                )
            );
        results[1]
            .Check("udp-pinger/sends-pings")
            .Message.Should()
            .Be(
                "the client never sent a ping to the server on port 12000; it exited with code 0 (in this sandbox the grader hears only port 12000 on loopback, so where else the client may have sent its pings cannot be seen; the namespace sandbox names it)"
            );
        results.Should().AllSatisfy(r => r.Checks.Skip(1).Should().OnlyContain(c => c.Status == CheckStatus.Skipped));
    }
}
