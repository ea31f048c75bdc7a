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
    public async Task A_tcp_client_reading_until_the_lectures_server_closes_passes_and_leaves_the_port_free_in_every_sandbox()
    {
        // Against the lecture's server, which closes the connection once it has replied, a client may read until then:
        // the probe closes alike, and in the direct sandbox leaves no TIME_WAIT that the servers graded next would trip on.
        var client = File.ReadAllText(Path.Combine(Lecture, "TCPClient.py"))
            .Replace(
                "modifiedSentence = clientSocket.recv(1024)",
                "modifiedSentence = b''\nwhile data := clientSocket.recv(1024):\n    modifiedSentence += data",
                StringComparison.Ordinal
            );
        client.Should().Contain("while data", "the lecture's client reads its reply in one line");
        using var submission = new TempSubmission("reads-until-closed");
        foreach (var file in Directory.GetFiles(Lecture, "*.py"))
            submission.With(Path.GetFileName(file), File.ReadAllText(file));
        submission.With("TCPClient.py", client);

        var direct = await LabGrading.GradeAsync(submission.Folder, new DirectSandbox());
        var namespaces = await LabGrading.GradeAsync(submission.Folder);

        direct.ShouldPassEveryRequiredCheck("the direct sandbox");
        direct.Verdicts().Should().Be(namespaces.Verdicts(), "a verdict does not depend on the sandbox");
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
