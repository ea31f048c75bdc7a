using Grader.Results;
using Grader.Rubric;

namespace Grader.Reports;

/// <summary>What a reader may see: students see hidden checks counted (status and points) but not detailed.</summary>
public static class Audience
{
    /// <summary>The title a hidden check carries in a student's report.</summary>
    public const string HiddenTitle = "Hidden check";

    /// <summary>The message a hidden check carries in a student's report.</summary>
    public const string HiddenMessage = "details of hidden checks are shown to instructors only";

    /// <summary>
    /// <paramref name="result"/> as <paramref name="context"/>'s reader may see it: unchanged for instructors; for
    /// students every hidden check keeps its id, status and points, and loses its title, message, transcript and
    /// output.
    /// </summary>
    public static GradeResult For(this GradeResult result, ReportContext context) =>
        context.Instructor || result.Checks.All(c => c.Visibility != Visibility.Hidden)
            ? result
            : result with
            {
                Checks = result.Checks.Select(Redact).ToList(),
            };

    /// <summary>Whether <paramref name="check"/> is shown in detail to <paramref name="context"/>'s reader.</summary>
    public static bool IsDetailed(this CheckResult check, ReportContext context) =>
        context.Instructor || check.Visibility == Visibility.Visible;

    private static CheckResult Redact(CheckResult check) =>
        check.Visibility == Visibility.Hidden
            ? check with
            {
                Title = HiddenTitle,
                Message = HiddenMessage,
                Transcript = [],
                Output = null,
            }
            : check;
}
