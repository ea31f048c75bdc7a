using System.Text.Json;
using FluentAssertions;
using Grader.Results;
using Grader.Sandboxes;
using Grader.Tests.Support;

namespace Grader.Tests.Labs.MailClient;

/// <summary>
/// The mail client examples beyond their READMEs' verdicts (which <see cref="Grading.ExampleSubmissionTests"/> holds
/// every example to): the correct one passes every check every time, through the library and through the command line,
/// and the faults are told in words that say what was sent and answered.
/// </summary>
public sealed class MailClientExampleTests
{
    [Fact]
    public async Task Correct_mail_client_passes_every_check_in_each_of_five_runs()
    {
        for (var run = 1; run <= 5; run++)
        {
            var result = await MailClientPrograms.GradeAsync(Repository.Submission("mail-client-correct"));

            result
                .Checks.Where(c => !c.Passed)
                .Select(c => $"{c.Id}: {c.Message}")
                .Should()
                .BeEmpty($"run {run} must pass every check");
            result.Score.Should().Be(result.MaxScore);
        }
    }

    public static TheoryData<string> Examples() => new(ExampleReadme.NamesOf("mail-client"));

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Every_check_of_an_example_has_the_same_verdict_whether_the_kernel_or_the_deadline_ends_a_wait(
        string name
    )
    {
        // The kernel ends a hold at once, and calls a silence at once, for a client waiting forever for the server.
        (await HangsBothWays.GradeAsync(Repository.Submission(name), MailClientPrograms.Rubric)).ShouldJudgeAlike();
    }

    [Fact]
    public async Task Faults_of_the_examples_are_told_in_words_that_say_what_was_sent_and_answered()
    {
        var results = await Task.WhenAll(
            new[] { "does-not-wait", "bare-newlines", "no-end-of-data", "no-quit", "ignores-550" }.Select(name =>
                MailClientPrograms.GradeAsync(Repository.Submission("mail-client-" + name))
            )
        );

        results[0]
            .Check("mail-client/command-order")
            .Message.Should()
            .Be(
                "the client sent the line `RCPT TO: <bob@example.com>` before the server's reply to `MAIL FROM: <alice@example.com>`: read each reply before sending the next command"
            );
        results[1]
            .Check("mail-client/crlf")
            .Message.Should()
            .StartWith(
                "the client ended the line `MAIL FROM: <alice@example.com>` with a bare `\\n`: SMTP ends every line with `\\r\\n`"
            );
        results[2]
            .Check("mail-client/end-of-data")
            .Message.Should()
            .Be(
                "the client sent nothing more (it waits in `recvfrom` on a socket with no timeout, as the kernel shows) without ending its message with a line holding only `.` (`\\r\\n.\\r\\n`) (the last it sent of its message: ` I love computer networks!`)"
            );
        results[3]
            .Check("mail-client/quits")
            .Message.Should()
            .Be(
                "the client closed the connection after `250 OK: message accepted` to the end of the message (`.`) without sending `QUIT`"
            );
        results[4]
            .Check("mail-client/refused-recipient")
            .Message.Should()
            .Be(
                "the client sent `DATA` after the server refused `RCPT TO: <bob@example.com>` with `550 No such user here`: with no recipient accepted, send `QUIT` instead"
            );
    }

    [Fact]
    public async Task Every_byte_each_way_is_in_the_transcript_of_a_failed_check()
    {
        var result = await MailClientPrograms.GradeAsync(Repository.Submission("mail-client-bare-newlines"));

        var transcript = result.Check("mail-client/crlf").Transcript;
        transcript
            .Where(e => e.Event == TranscriptEvent.Sent)
            .Select(e => e.Data)
            .Should()
            .StartWith(["220 probe.grader SMTP ready\\r\\n", "250 probe.grader\\r\\n"]);
        transcript
            .Where(e => e.Event == TranscriptEvent.Received)
            .Select(e => e.Data)
            .Should()
            .StartWith(["HELO Alice\\r\\n", "MAIL FROM: <alice@example.com>\\n"]);
    }

    [Fact]
    public async Task Grading_the_correct_example_with_the_cli_exits_0_with_roles_and_checks_in_json()
    {
        var run = await GraderCli.RunAsync([
            "grade",
            "submissions/mail-client-correct",
            "--lab",
            "mail-client",
            "--format",
            "json",
        ]);

        run.ExitCode.Should().Be(0, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var role = json.RootElement.GetProperty("roles").EnumerateArray().Should().ContainSingle().Subject;
        role.GetProperty("role").GetString().Should().Be("mail-client");
        role.GetProperty("passed").GetBoolean().Should().BeTrue();
        json.RootElement.GetProperty("checks")
            .EnumerateArray()
            .Select(c => c.GetProperty("id").GetString())
            .Should()
            .Contain(["mail-client/command-order", "mail-client/end-of-data", "mail-client/refused-recipient"]);
    }

    [Fact]
    public async Task A_client_that_connects_to_another_port_is_told_where_it_went_or_why_the_sandbox_cannot_tell()
    {
        var folder = Repository.Submission("mail-client-wrong-port");

        var results = await Task.WhenAll(
            MailClientPrograms.GradeAsync(folder),
            LabGrading.GradeAsync(folder, new DirectSandbox(), MailClientPrograms.Rubric)
        );

        results[0]
            .Check("mail-client/command-order")
            .Message.Should()
            .Be(
                "the client connected to 127.0.0.1:1025, not to port 25, where the server listens (1 connection refused)"
            );
        results[1]
            .Check("mail-client/command-order")
            .Message.Should()
            .StartWith(
                "the client never connected to the server on port 25; it exited with code 1: ConnectionRefusedError"
            )
            .And.EndWith(
                "(in this sandbox the grader hears only port 25 on loopback, so where else the client may have connected cannot be seen; the namespace sandbox names it)"
            );
        results.Should().AllSatisfy(r => r.Checks.Skip(1).Should().OnlyContain(c => c.Status == CheckStatus.Skipped));
    }
}
