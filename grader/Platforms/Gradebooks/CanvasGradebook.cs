using Grader.Results;

namespace Grader.Platforms.Gradebooks;

/// <summary>
/// Canvas's gradebook import (Grades → Import): the columns of Canvas's own export, <c>Student</c>, <c>ID</c>,
/// <c>SIS User ID</c>, <c>SIS Login ID</c>, <c>Section</c>, then the assignment's column
/// <c>&lt;name&gt; (&lt;assignment id&gt;)</c>; a second row, <c>Points Possible</c>, carries the assignment's maximum.
/// Rows are keyed by the Canvas user id the download's names carry; the SIS and section fields are left empty (the
/// download does not have them, and Canvas matches by <c>ID</c> first). A student who could not be graded gets an
/// empty cell, which Canvas leaves unchanged. Canvas's import takes no comments: the feedback is in the reports.
/// </summary>
/// <remarks>
/// Canvas's importer (https://github.com/instructure/canvas-lms/blob/master/app/models/gradebook_importer.rb): the
/// header's first field must contain <c>Student</c>, its second <c>ID</c>, the last student field <c>Section</c>
/// (after <c>SIS User ID</c> and <c>SIS Login ID</c>); a row whose first field contains <c>Points Possible</c> sets the
/// assignments' points; a student is found by <c>ID</c>, then SIS ids, then name; an assignment column by the id in
/// its parentheses, else by its title, else it is a new assignment. Canvas's guide for instructors, "How do I import
/// grades in the Gradebook?" (https://community.canvaslms.com/t5/Instructor-Guide/How-do-I-import-grades-in-the-Gradebook/ta-p/807),
/// tells them to start from the gradebook's export, whose columns these are.
/// </remarks>
public sealed class CanvasGradebook : IGradebook
{
    /// <summary>The student fields of the header, in Canvas's order.</summary>
    public static IReadOnlyList<string> StudentColumns { get; } =
    ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"];

    /// <summary>How Canvas's export heads its points row (indented, as Canvas writes it).</summary>
    public const string PointsPossible = "    Points Possible";

    /// <inheritdoc />
    public Platform Platform => Platform.Canvas;

    /// <inheritdoc />
    public string FileName => "gradebook-canvas.csv";

    /// <inheritdoc />
    public async Task WriteAsync(
        ClassResult results,
        Roster roster,
        GradebookSettings settings,
        TextWriter output,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(output);
        var rows = GradebookRow.Of(results, roster, settings.Points);
        var column = settings.Column ?? results.Assignment ?? "Grade";
        var maximum = settings.Points ?? results.Results.Select(r => (decimal?)r.MaxScore).FirstOrDefault() ?? 0;
        await output.WriteAsync(CsvFields.Line([.. StudentColumns, column]).AsMemory(), cancellationToken);
        await output.WriteAsync(
            CsvFields.Line([PointsPossible, "", "", "", "", GradebookGrade.Number(maximum)]).AsMemory(),
            cancellationToken
        );
        foreach (var row in rows)
            await output.WriteAsync(
                CsvFields
                    .Line([
                        row.Student.Name,
                        row.Student.Id,
                        "",
                        "",
                        "",
                        row.Grade.Grade is { } grade ? GradebookGrade.Number(grade) : "",
                    ])
                    .AsMemory(),
                cancellationToken
            );
    }
}
