using FluentAssertions;
using Grader.Results;
using Grader.Rubric;
using Grader.Tests.Support;

namespace Grader.Tests.Grading;

/// <summary>
/// A program the kernel shows waiting forever, while nothing is on its way to it, is judged at once rather than at its
/// deadline (a client stopped, a server's silence called): the verdict of every check is the same either way, only
/// sooner.
/// </summary>
public sealed class HangsSeenByKernelTests
{
    public static TheoryData<string> Examples() => new(ExampleReadme.NamesOf(ExampleReadme.FirstLab));

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Every_check_of_an_example_has_the_same_verdict_whether_the_kernel_or_the_deadline_ends_a_hang(
        string name
    )
    {
        (await HangsBothWays.GradeAsync(Repository.Submission(name), LabGrading.Lab)).ShouldJudgeAlike();
    }

    [Fact]
    public async Task The_lectures_udp_client_is_seen_waiting_forever_for_a_lost_reply_and_for_no_server()
    {
        var result = await GradeAsync("lecture-as-printed", HangWatch.Kernel, clientsOnly: true);

        foreach (var id in new[] { "udp-client/lost-reply", "udp-client/no-server" })
        {
            var check = result.Checks.Single(c => c.Id == id);
            check.Status.Should().Be(CheckStatus.Failed);
            check
                .Message.Should()
                .Contain(
                    "waits in `recvfrom` on a socket with no timeout (the kernel shows it), so it would wait forever"
                );
        }
    }

    [Fact]
    public async Task A_server_that_reads_until_the_end_of_the_stream_is_seen_never_replying()
    {
        var result = await GradeAsync("python-reads-until-eof", HangWatch.Kernel);

        var check = result.Checks.Single(c => c.Id == "tcp-server/uppercase");
        check.Status.Should().Be(CheckStatus.Failed);
        check
            .Message.Should()
            .StartWith(
                "the server never replied: it waits in `recvfrom` on a socket with no timeout (the kernel shows it), with the whole message read: it waits for the end of the stream"
            );
    }

    /// <summary>TCP clients that hang where no example does: before sending, after the reply, or as a server.</summary>
    public static TheoryData<string, string> HangingTcpClients() =>
        new()
        {
            {
                "waits for a greeting before it sends",
                """
                    from socket import *
                    s = socket(AF_INET, SOCK_STREAM)
                    s.connect(("localhost", 12000))
                    greeting = s.recv(1024)
                    sentence = input("Input lowercase sentence:")
                    s.send(sentence.encode())
                    print("From Server:", s.recv(1024).decode())
                    s.close()
                    """
            },
            {
                "waits for an acknowledgement over UDP after the reply",
                """
                    from socket import *
                    s = socket(AF_INET, SOCK_STREAM)
                    s.connect(("localhost", 12000))
                    sentence = input("Input lowercase sentence:")
                    s.send(sentence.encode())
                    print("From Server:", s.recv(1024).decode(), flush=True)
                    ack = socket(AF_INET, SOCK_DGRAM)
                    ack.recvfrom(1024)
                    s.close()
                    """
            },
            {
                "is a server handed in as the client",
                """
                    from socket import *
                    s = socket(AF_INET, SOCK_STREAM)
                    s.bind(("", 12001))
                    s.listen(1)
                    connection, address = s.accept()
                    """
            },
        };

    [Theory]
    [MemberData(nameof(HangingTcpClients))]
    public async Task A_tcp_client_that_hangs_is_stopped_once_the_kernel_shows_it_with_the_verdicts_of_its_deadline(
        string what,
        string program
    )
    {
        using var submission = new TempSubmission("hanging-tcp-client").With("TCPClient.py", program);
        var both = await HangsBothWays.GradeAsync(
            submission.Folder,
            LabGrading.Lab with
            {
                Roles = [.. LabGrading.Lab.Roles.Where(r => r.Role.Name == "tcp-client")],
            }
        );
        var (seen, waited) = both;

        both.ShouldJudgeAlike(what);
        seen.Checks.Should().Contain(c => c.Status == CheckStatus.Failed, what);
        seen.Checks.Where(c => c.Status == CheckStatus.Failed && c.Id != "tcp-client/no-server")
            .Should()
            .OnlyContain(
                c => c.Message.Contains("stopped by the grader: it waits in `", StringComparison.Ordinal),
                what
            );
        waited.Checks.Should().NotContain(c => c.Message.Contains("stopped by the grader", StringComparison.Ordinal));
    }

    private static Task<GradeResult> GradeAsync(string name, HangWatch hangs, bool clientsOnly = false) =>
        LabGrading.GradeAsync(
            Repository.Submission(name),
            assignment: LabGrading.Lab with
            {
                Roles = [.. LabGrading.Lab.Roles.Where(r => !clientsOnly || !r.Role.IsServer)],
                Hangs = hangs,
            }
        );
}
