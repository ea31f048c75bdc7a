using FluentAssertions;
using Grader.Results;
using Grader.Tests.Support;

namespace Grader.Tests.Labs.Lab1Sockets;

/// <summary>
/// A submission with one program: <c>python-correct</c>'s file for a role, with one fault written into it. Graded with
/// the lab's rubric, it must fail exactly the check that the fault belongs to, and no other.
/// </summary>
internal static class OneFault
{
    /// <summary>The correct example's program for <paramref name="file"/>, changed by <paramref name="change"/>, which
    /// must apply.</summary>
    public static string Correct(string file, params (string Old, string New)[] change)
    {
        var text = File.ReadAllText(Path.Combine(Repository.Submission("python-correct"), file));
        foreach (var (old, @new) in change)
        {
            text.Should().Contain(old, $"the fault is written into {file}");
            text = text.Replace(old, @new, StringComparison.Ordinal);
        }
        return text;
    }

    /// <summary>Grades a submission of <paramref name="file"/> holding <paramref name="program"/>.</summary>
    public static async Task<GradeResult> GradeAsync(string file, string program)
    {
        using var submission = new TempSubmission("one-fault").With(file, program);
        return await LabGrading.GradeAsync(submission.Folder);
    }

    /// <summary>The required checks of <paramref name="role"/> that failed: the faults.</summary>
    public static IEnumerable<string> Faults(this GradeResult result, string role) =>
        result.Checks.Where(c => c.Role == role && c.IsFault).Select(c => c.Id);

    /// <summary>The robustness-only checks of <paramref name="role"/> that failed.</summary>
    public static IEnumerable<string> Misses(this GradeResult result, string role) =>
        result.Checks.Where(c => c.Role == role && c.IsRobustnessMiss).Select(c => c.Id);

    /// <summary>The message of the check <paramref name="id"/>.</summary>
    public static string Message(this GradeResult result, string id) => result.Checks.Single(c => c.Id == id).Message;
}
