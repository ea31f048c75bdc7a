using FluentAssertions;
using Grader.Results;
using Grader.Tests.Support;

namespace Grader.Tests.Load;

/// <summary>
/// A verdict never depends on the machine: the examples graded on an idle machine and again beside four CPU-bound
/// processes per core get the same status on every check, required and robustness-only alike.
/// </summary>
[Collection(LoadCollection.Name)]
public sealed class LoadedMachineTests
{
    private static readonly string[] Examples =
    [
        "lecture-as-printed",
        "python-correct",
        "csharp-reference",
        "python-reads-until-eof",
        "python-sequential-as-concurrent",
    ];

    [Fact]
    public async Task Every_check_of_every_example_gets_the_same_status_idle_and_beside_four_cpu_hogs_per_core()
    {
        var idle = await GradeEachAsync();
        IReadOnlyList<GradeResult> loaded;
        using (CpuHogs.StartPerCore(4))
            loaded = await GradeEachAsync();

        using var all = new FluentAssertions.Execution.AssertionScope();
        for (var i = 0; i < Examples.Length; i++)
        {
            loaded[i].Verdicts().Should().Be(idle[i].Verdicts(), $"{Examples[i]} is judged alike on a loaded machine");
            loaded[i]
                .Checks.Where(c => !c.Passed)
                .Select(c => (c.Id, c.Message))
                .Should()
                .Equal(
                    idle[i].Checks.Where(c => !c.Passed).Select(c => (c.Id, c.Message)),
                    $"{Examples[i]}'s diagnoses say the same on a loaded machine"
                );
        }
    }

    // One after another, as a student grades their own submission.
    private static async Task<IReadOnlyList<GradeResult>> GradeEachAsync()
    {
        var results = new List<GradeResult>();
        foreach (var name in Examples)
            results.Add(await LabGrading.GradeAsync(Repository.Submission(name)));
        return results;
    }
}
