using FluentAssertions;
using Grader.Labs.MailClient;
using Grader.Results;
using Grader.Rubric;
using Grader.Tests.Support;

namespace Grader.Tests.Labs.MailClient;

/// <summary>The mail client lab's test programs (the correct example's <c>SMTPClient.py</c> with edits) and how they
/// are graded: with the lab's shipped rubric, in the namespace sandbox.</summary>
public static class MailClientPrograms
{
    /// <summary>The lab's rubric as shipped.</summary>
    public static Assignment Rubric { get; } = AssignmentLoader.LoadShipped(new MailClientLab().Definition);

    /// <summary>A submission holding the correct example's client, each of <paramref name="edits"/> (text → its
    /// replacement, which must be there) applied.</summary>
    public static TempSubmission CorrectWith(params (string Old, string New)[] edits)
    {
        var source = File.ReadAllText(Path.Combine(Repository.Submission("mail-client-correct"), "SMTPClient.py"));
        foreach (var (old, replacement) in edits)
        {
            source.Should().Contain(old, "the edit must change the correct client");
            source = source.Replace(old, replacement, StringComparison.Ordinal);
        }
        return new TempSubmission().With("SMTPClient.py", source);
    }

    /// <summary>Grades <paramref name="directory"/> with the lab's shipped rubric.</summary>
    public static Task<GradeResult> GradeAsync(string directory) =>
        LabGrading.GradeAsync(directory, assignment: Rubric);

    /// <summary>The ids of the checks that failed (not skipped), required or robustness-only.</summary>
    public static IReadOnlyList<string> Failed(this GradeResult result, bool required) =>
        [.. result.Checks.Where(c => c.Required == required && c.Status == CheckStatus.Failed).Select(c => c.Id)];
}
