using FluentAssertions;

namespace Grader.Tests.Architecture;

/// <summary>
/// The fast tier (<see cref="FastAttribute"/>, <c>./test.sh --fast</c>) stays what it promises: no class in it reaches,
/// through its own code, the tests' helpers or the grader, a call that starts a process, opens a socket, talks to Docker
/// or enters a namespace, so it runs in seconds with no root, no Docker and no network.
/// </summary>
[Fast]
public sealed class FastTierTests
{
    private static readonly Lazy<CallWalk> Walk = new(CallWalk.OfTheseTests);

    [Fact]
    public void No_fast_test_class_starts_a_process_opens_a_socket_or_needs_a_sandbox()
    {
        var fast = Walk.Value.TypesWith(typeof(FastAttribute)).ToList();

        var calls = Walk.Value.ForbiddenCalls(fast);

        fast.Should().Contain(t => t.Name == nameof(FastTierTests));
        string.Join(Environment.NewLine, calls)
            .Should()
            .BeEmpty(
                "a class marked [Fast] runs with no process, no socket, no sandbox: move what does to a class of its own"
            );
    }

    [Theory]
    [InlineData(typeof(WalkCanaries.ThroughAHelper), "BadInputs.Shell → System.Diagnostics.Process.Start")]
    [InlineData(
        typeof(WalkCanaries.AfterAnAwait),
        "AfterAnAwait+<RunAsync>d__0.MoveNext → Grader.Tests.Support.LabGrading"
    )]
    [InlineData(typeof(WalkCanaries.ThroughAnInterface), "ThroughAnInterface.RunAsync → Grader.Labs.")]
    [InlineData(typeof(WalkCanaries.WhenDisposed), "ShellDeleted.Dispose → Grader.Tests.Support.BadInputs.Delete")]
    public void The_walk_finds_a_launch_behind_a_helper_an_await_an_interface_and_a_dispose(Type canary, string step)
    {
        var calls = Walk.Value.ForbiddenCalls(Walk.Value.Type(canary));

        calls.Should().Contain(path => path.Contains(step, StringComparison.Ordinal));
    }

    [Fact]
    public void The_walk_lets_a_judge_over_a_recorded_run_and_the_shipped_rubric_through() =>
        Walk.Value.ForbiddenCalls(Walk.Value.Type(typeof(WalkCanaries.Pure))).Should().BeEmpty();
}
