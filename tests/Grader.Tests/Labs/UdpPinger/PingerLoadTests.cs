using FluentAssertions;
using Grader.Tests.Load;
using Grader.Tests.Support;

namespace Grader.Tests.Labs.UdpPinger;

/// <summary>
/// A pinger verdict never depends on the machine: the lab's examples graded idle and again beside four CPU-bound
/// processes per core get the same status on every check, and the textbook's client passes every required check.
/// </summary>
[Collection(LoadCollection.Name)]
public sealed class PingerLoadTests
{
    private static readonly string[] Examples =
    [
        "udp-pinger-correct",
        "udp-pinger-with-statistics",
        "udp-pinger-no-timeout",
        "udp-pinger-rtt-in-wrong-place",
    ];

    [Fact]
    public async Task Every_check_of_the_pinger_examples_gets_the_same_status_idle_and_beside_four_cpu_hogs_per_core()
    {
        var idle = new List<string>();
        foreach (var example in Examples)
            idle.Add((await PingerGrading.GradeAsync(Repository.Submission(example))).Verdicts());
        var loaded = new List<string>();
        using (CpuHogs.StartPerCore(4))
        {
            foreach (var example in Examples)
                loaded.Add((await PingerGrading.GradeAsync(Repository.Submission(example))).Verdicts());
        }

        loaded.Should().Equal(idle, "a verdict is the same on a loaded machine");
    }
}
