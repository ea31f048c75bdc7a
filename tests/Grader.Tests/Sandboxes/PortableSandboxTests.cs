using System.Diagnostics;
using FluentAssertions;
using Grader.Grading;
using Grader.Labs;
using Grader.Results;
using Grader.Rubric;
using Grader.Sandboxes;
using Grader.Sandboxes.Containers;
using Grader.Tests.Support;

namespace Grader.Tests.Sandboxes;

/// <summary>
/// The portable sandbox (what macOS and Windows grade in: the machine's loopback, readiness by the platform's socket
/// table, wall-time deadlines and no kernel answers), forced on Linux, judges every required check of every lab 1
/// example and of every other lab's correct example as the namespace sandbox does. Not <c>csharp-reference</c>, whose
/// build reads <c>../../reference</c> beside the submission, which no scratch copy has (docs/sandboxes.md, as in the
/// direct sandbox).
/// </summary>
public sealed class PortableSandboxTests
{
    public static TheoryData<string> Examples() =>
        new(
            ExampleReadme.AllNames.Where(name =>
                name != "csharp-reference"
                && ExampleReadme.Of(name) is var readme
                && (readme.Lab == ExampleReadme.FirstLab || readme.Fails.Count == 0)
                && !readme.NeedsNamespace
            )
        );

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Every_required_check_of_an_example_has_the_namespace_sandboxs_status_in_the_portable_sandbox(
        string name
    )
    {
        var lab = AssignmentLoader.LoadShipped(LabRegistry.Find(ExampleReadme.Of(name).Lab)!.Definition);
        var folder = Repository.Submission(name);

        // As `--sandbox portable` makes it: the notice that its verdicts are a self-check, only deadlines ending waits.
        var (grader, notice) = await GraderFactory.CreateAsync(
            SandboxKind.Portable,
            lab,
            new ContainerSettings(ContainerSettings.DefaultImage),
            Repository.ReferenceShares,
            TestContext.Current.CancellationToken
        );
        notice.Should().Contain("self-check, not the instructor's grade");

        // Both at once, each timed: the portable one includes its waits for the machine's port.
        var both = await Task.WhenAll(
            TimedAsync(() => LabGrading.GradeAsync(folder, assignment: lab)),
            TimedAsync(() => LabGrading.GradeAsync(folder, grader))
        );
        var (isolated, isolatedTime) = both[0];
        var (portable, portableTime) = both[1];

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{name}: namespace {isolatedTime.TotalSeconds:0.0} s, portable {portableTime.TotalSeconds:0.0} s"
        );
        portable.Sandbox.Should().Be("portable");
        Required(portable)
            .Should()
            .Equal(
                Required(isolated),
                string.Join(
                    "\n",
                    isolated
                        .Checks.Where(c => c.Required)
                        .Zip(portable.Checks.Where(c => c.Required), (n, p) => $"{n.Id}: {n.Message} | {p.Message}")
                )
            );
    }

    private static IEnumerable<(string Id, CheckStatus Status)> Required(GradeResult result) =>
        result.Checks.Where(c => c.Required).Select(c => (c.Id, c.Status));

    private static async Task<(GradeResult Result, TimeSpan Took)> TimedAsync(Func<Task<GradeResult>> grade)
    {
        var clock = Stopwatch.StartNew();
        var result = await grade();
        return (result, clock.Elapsed);
    }
}
