using System.Globalization;
using Grader.Results;
using Grader.Rubric;

namespace Grader.Platforms.Gradebooks;

/// <summary>
/// What a gradebook gets for one student: the grade is the required score (robustness is feedback, not grade), scaled
/// to the assignment's maximum when one is given and rounded to two decimals; the feedback is one line naming the
/// required checks that failed, hidden ones by id only, as a student's report shows them.
/// </summary>
/// <param name="Grade">The grade, or null when the submission could not be graded.</param>
/// <param name="Maximum">What the grade is out of.</param>
/// <param name="Feedback">One line for the student.</param>
public sealed record GradebookGrade(decimal? Grade, decimal Maximum, string Feedback)
{
    /// <summary>The grade of <paramref name="result"/>, scaled to <paramref name="points"/> when given.</summary>
    public static GradebookGrade Of(GradeResult result, decimal? points)
    {
        ArgumentNullException.ThrowIfNull(result);
        var maximum = points ?? result.MaxScore;
        var grade = points is { } scale
            ? result.MaxScore == 0
                ? 0
                : Math.Round(result.Score * scale / result.MaxScore, 2, MidpointRounding.AwayFromZero)
            : result.Score;
        var failed = result.Checks.Where(c => c.IsFault).ToList();
        var feedback =
            $"{result.Score}/{result.MaxScore} required points"
            + (
                failed.Count == 0
                    ? ": every required check passed"
                    : $"; failed: {string.Join("; ", failed.Select(Shown))}"
            )
            + (
                result.RobustnessMaxScore > 0
                    ? $" (robustness {result.RobustnessScore}/{result.RobustnessMaxScore})"
                    : ""
            );
        return new GradebookGrade(grade, maximum, feedback);
    }

    /// <summary>No grade for <paramref name="ungraded"/>, and why.</summary>
    public static GradebookGrade Of(UngradedSubmission ungraded, decimal? points, decimal? rubricMaximum)
    {
        ArgumentNullException.ThrowIfNull(ungraded);
        return new GradebookGrade(null, points ?? rubricMaximum ?? 0, $"could not be graded: {ungraded.Reason}");
    }

    /// <summary>A number as both gradebooks read it: invariant, up to two decimals.</summary>
    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Shown(CheckResult check) =>
        check.Visibility == Visibility.Hidden ? check.Id : $"{check.Id} ({check.Title})";
}
