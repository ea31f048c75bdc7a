using FluentAssertions;
using Grader.Results;

namespace Grader.Tests.Support;

/// <summary>Assertions over whole gradings that several test classes share.</summary>
public static class GradeAssertions
{
    /// <summary>Every check's status, in order, as one line to compare runs by.</summary>
    public static string Verdicts(this GradeResult result) =>
        string.Join(", ", result.Checks.Select(c => $"{c.Id}={c.Status}"));

    /// <summary>Asserts full marks, naming every required check that did not pass.</summary>
    public static void ShouldPassEveryRequiredCheck(this GradeResult result, string where)
    {
        result
            .Checks.Where(c => c.Required && !c.Passed)
            .Select(c => $"{c.Id}: {c.Message}")
            .Should()
            .BeEmpty($"in {where} the lecture's programs pass every required check");
        result.Score.Should().Be(result.MaxScore);
    }
}
