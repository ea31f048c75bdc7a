using Grader.Results;

namespace Grader.Platforms.Gradebooks;

/// <summary>One student of a gradebook file: who, from the roster, and what they got.</summary>
/// <param name="Student">The roster's entry.</param>
/// <param name="Grade">The grade and feedback.</param>
public sealed record GradebookRow(RosterEntry Student, GradebookGrade Grade)
{
    /// <summary>Every student of <paramref name="roster"/> that <paramref name="results"/> holds, graded or not, in
    /// roster order.</summary>
    public static IReadOnlyList<GradebookRow> Of(ClassResult results, Roster roster, decimal? points)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(roster);
        var graded = results.Results.ToDictionary(r => r.Submission, StringComparer.Ordinal);
        var ungraded = results.Ungraded.ToDictionary(u => u.Submission, StringComparer.Ordinal);
        var rubricMaximum = results.Results.Select(r => (decimal?)r.MaxScore).FirstOrDefault();
        var rows = new List<GradebookRow>();
        foreach (var student in roster.Students)
        {
            if (graded.TryGetValue(student.Folder, out var result))
                rows.Add(new GradebookRow(student, GradebookGrade.Of(result, points)));
            else if (ungraded.TryGetValue(student.Folder, out var failure))
                rows.Add(new GradebookRow(student, GradebookGrade.Of(failure, points, rubricMaximum)));
        }
        return rows;
    }
}
