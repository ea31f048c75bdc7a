using FluentAssertions;
using Grader.Results;
using Grader.Rubric;

namespace Grader.Tests.Support;

/// <summary>Grades a submission twice at once, with the kernel's answers on and off (<see cref="HangWatch.Kernel"/>,
/// <see cref="HangWatch.Deadline"/>), to show they change how soon a verdict comes, never the verdict.</summary>
public static class HangsBothWays
{
    /// <summary>The results with hangs seen by the kernel and with every deadline waited out.</summary>
    public static async Task<(GradeResult Seen, GradeResult Waited)> GradeAsync(string folder, Assignment assignment)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        var both = await Task.WhenAll(
            LabGrading.GradeAsync(folder, assignment: assignment with { Hangs = HangWatch.Kernel }),
            LabGrading.GradeAsync(folder, assignment: assignment with { Hangs = HangWatch.Deadline })
        );
        return (both[0], both[1]);
    }

    /// <summary>Asserts that every check has the same status both ways; the failure lists both messages of each.</summary>
    public static void ShouldJudgeAlike(this (GradeResult Seen, GradeResult Waited) both, string because = "")
    {
        var (seen, waited) = both;
        seen.Checks.Select(c => (c.Id, c.Status))
            .Should()
            .Equal(
                waited.Checks.Select(c => (c.Id, c.Status)),
                $"{because}\n{string.Join("\n", seen.Checks.Zip(waited.Checks, (s, w) => $"{s.Id}: {s.Message} | {w.Message}"))}"
            );
    }
}
