using FluentAssertions;
using Grader.Results;
using Grader.Rubric;
using Grader.Tests.Support;

namespace Grader.Tests.Grading;

/// <summary>
/// A client the kernel shows waiting forever, while the probe owes it nothing, is stopped at once rather than at its
/// deadline: the verdict of every check is the same either way, only sooner.
/// </summary>
public sealed class HangsSeenByKernelTests
{
    public static TheoryData<string> Examples() => new(ExampleReadme.NamesOf(ExampleReadme.FirstLab));

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Every_client_check_of_an_example_has_the_same_verdict_whether_the_kernel_or_the_deadline_ends_a_hang(
        string name
    )
    {
        var seen = await GradeClientsAsync(name, hangsSeenByKernel: true);
        var waited = await GradeClientsAsync(name, hangsSeenByKernel: false);

        seen.Checks.Select(c => (c.Id, c.Status))
            .Should()
            .Equal(
                waited.Checks.Select(c => (c.Id, c.Status)),
                string.Join("\n", seen.Checks.Zip(waited.Checks, (s, w) => $"{s.Id}: {s.Message} | {w.Message}"))
            );
    }

    [Fact]
    public async Task The_lectures_udp_client_is_seen_waiting_forever_for_a_lost_reply_and_for_no_server()
    {
        var result = await GradeClientsAsync("lecture-as-printed", hangsSeenByKernel: true);

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

    // The client roles alone: the kernel's answers change nothing for a server.
    private static Task<GradeResult> GradeClientsAsync(string name, bool hangsSeenByKernel) =>
        LabGrading.GradeAsync(
            Repository.Submission(name),
            assignment: LabGrading.Lab with
            {
                Roles = [.. LabGrading.Lab.Roles.Where(r => !r.Role.IsServer)],
                HangsSeenByKernel = hangsSeenByKernel,
            }
        );
}
