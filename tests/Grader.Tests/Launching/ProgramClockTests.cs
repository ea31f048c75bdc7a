using FluentAssertions;
using Grader.Launching;
using Grader.Tests.Load;
using Grader.Tests.Support;

namespace Grader.Tests.Launching;

/// <summary>
/// A program's own time, by which its deadlines are measured, beside CPU hogs: the time a busy program waits for a CPU
/// is left out, and a blocked program, which waits for nothing, keeps the wall clock's time.
/// </summary>
[Collection(LoadCollection.Name)]
public sealed class ProgramClockTests
{
    private static readonly LaunchLimits Limits = new(TimeSpan.FromSeconds(30), 4096);
    private static readonly TimeSpan Watched = TimeSpan.FromSeconds(1.5);

    [Fact]
    public async Task Busy_program_beside_cpu_hogs_is_given_back_the_time_it_waited_for_a_cpu()
    {
        using var hogs = CpuHogs.StartPerCore(4);
        await using var program = await ProgramLauncher.StartAsync(Shell("while :; do :; done"), null, Limits);

        var stopwatch = program.Clock.StartNew();
        await Task.Delay(Watched, TestContext.Current.CancellationToken);

        stopwatch
            .Elapsed.Should()
            .BeLessThan(
                stopwatch.WallElapsed * 0.6,
                "with eight hogs on every core's run queue beside it, the spinning program waits there most of the time"
            );
    }

    [Fact]
    public async Task Blocked_program_beside_cpu_hogs_keeps_every_second_of_its_deadline()
    {
        using var hogs = CpuHogs.StartPerCore(4);
        await using var program = await ProgramLauncher.StartAsync(Shell("exec sleep 60"), null, Limits);

        var stopwatch = program.Clock.StartNew();
        await Task.Delay(Watched, TestContext.Current.CancellationToken);

        stopwatch
            .Elapsed.Should()
            .BeGreaterThan(
                stopwatch.WallElapsed * 0.95,
                "a program asleep is on no run queue, so none of its time is given back"
            );
    }

    [Fact]
    public async Task Deadline_in_a_busy_program_s_time_lasts_longer_than_on_the_wall_clock_but_at_most_its_stretch()
    {
        using var hogs = CpuHogs.StartPerCore(4);
        await using var program = await ProgramLauncher.StartAsync(Shell("while :; do :; done"), null, Limits);
        var deadline = TimeSpan.FromSeconds(0.5);

        var wall = System.Diagnostics.Stopwatch.StartNew();
        await program.Clock.DelayAsync(deadline, TestContext.Current.CancellationToken);

        wall.Elapsed.Should()
            .BeGreaterThan(deadline * 1.5)
            .And.BeLessThan(deadline * ProgramClock.MaxStretch + TimeSpan.FromSeconds(2));
    }

    private static ProgramCommand Shell(string script) => new("sh", ["-c", script], Path.GetTempPath());
}
