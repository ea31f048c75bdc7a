using FluentAssertions;
using Grader.Rubric;
using Grader.Tests.Support;

namespace Grader.Tests.Rubric;

/// <summary>
/// The way a grading tells a hang: the kernel's reading ends a wait as soon as it sees one, and where only deadlines
/// decide the kernel is never asked and nothing ends the wait before its deadline.
/// </summary>
[Fast]
public sealed class HangWatchTests
{
    [Fact]
    public async Task The_kernel_watch_ends_a_wait_with_what_the_kernel_sees_and_hands_it_the_callers_token()
    {
        using var asking = new CancellationTokenSource();
        CancellationToken handed = default;

        var seen = await HangWatch.Kernel.WhenSeenAsync(
            token =>
            {
                handed = token;
                return Task.FromResult("waits in `recvfrom` on a socket with no timeout");
            },
            asking.Token
        );

        seen.Should().Be("waits in `recvfrom` on a socket with no timeout");
        handed.Should().Be(asking.Token);
    }

    [Fact]
    public async Task The_deadline_watch_never_asks_the_kernel_and_never_ends_a_wait()
    {
        var asked = false;

        var seen = HangWatch.Deadline.WhenSeenAsync(
            _ =>
            {
                asked = true;
                return Task.FromResult("stuck");
            },
            CancellationToken.None
        );
        await Task.Delay(TimeSpan.FromMilliseconds(50), TestContext.Current.CancellationToken);

        asked.Should().BeFalse();
        seen.IsCompleted.Should().BeFalse();
    }

    [Fact]
    public void A_grading_watches_for_hangs_with_the_kernel_unless_told_to_wait_deadlines_out()
    {
        LabGrading.Lab.Hangs.Should().BeSameAs(HangWatch.Kernel);
    }
}
