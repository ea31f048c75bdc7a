using FluentAssertions;
using Grader.Labs.WebServer;
using Grader.Rubric;
using Grader.Tests.Load;
using Grader.Tests.Support;

namespace Grader.Tests.Labs.WebServer;

/// <summary>
/// A web server verdict never depends on the machine: the lab's examples graded idle and again beside four CPU-bound
/// processes per core get the same status on every check, the browser's included.
/// </summary>
[Collection(LoadCollection.Name)]
public sealed class WebServerLoadTests
{
    private static readonly Assignment Rubric = AssignmentLoader.LoadShipped(new WebServerLab().Definition);

    private static readonly string[] Examples =
    [
        "web-server-as-handed-out",
        "web-server-robust",
        "web-server-no-blank-line",
        "web-server-exits-after-one-request",
    ];

    [Fact]
    public async Task Every_check_of_the_web_server_examples_gets_the_same_status_idle_and_beside_four_cpu_hogs_per_core()
    {
        var idle = new List<string>();
        foreach (var example in Examples)
            idle.Add((await LabGrading.GradeAsync(Repository.Submission(example), assignment: Rubric)).Verdicts());
        var loaded = new List<string>();
        using (CpuHogs.StartPerCore(4))
        {
            foreach (var example in Examples)
                loaded.Add(
                    (await LabGrading.GradeAsync(Repository.Submission(example), assignment: Rubric)).Verdicts()
                );
        }

        loaded.Should().Equal(idle, "a verdict is the same on a loaded machine");
    }
}
