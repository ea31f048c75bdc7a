using System.Globalization;
using Grader.Results;

namespace Grader.Platforms.Gradebooks;

/// <summary>
/// Moodle's offline grading worksheet (the assignment's "Upload grading worksheet"), with the columns of the one
/// Moodle's "Download grading worksheet" gives: <c>Identifier</c> (<c>Participant &lt;id&gt;</c>, the id of the
/// download's folder names), <c>Full name</c>, <c>Email address</c>, <c>Status</c>, <c>Grade</c>, <c>Maximum
/// Grade</c>, <c>Grade can be changed</c>, <c>Last modified (submission)</c>, <c>Last modified (grade)</c>,
/// <c>Feedback comments</c>. Moodle's import reads <c>Identifier</c>, <c>Grade</c>, <c>Last modified (grade)</c> and
/// each feedback plugin's column by its title; the others are what the grader knows or empty (the download carries no
/// e-mail address). The grade must not exceed the assignment's maximum in Moodle, or Moodle skips it: scale with
/// <c>--points</c>.
/// </summary>
/// <remarks>
/// Moodle's importer (https://github.com/moodle/moodle/blob/main/mod/assign/feedback/offline/importgradeslib.php)
/// finds the columns titled <c>get_string('recordid', 'assign')</c> = "Identifier", <c>get_string('grade')</c> =
/// "Grade" and <c>get_string('lastmodifiedgrade', 'assign')</c> = "Last modified (grade)", strips
/// <c>get_string('hiddenuser', 'assign')</c> = "Participant " from an identifier, and skips a grade that is empty, out
/// of range, or older than the one Moodle has (<c>strtotime</c> of the last-modified field, unless "Ignore last
/// modified" is ticked); the worksheet's columns are those of <c>assign_grading_table</c> when downloading
/// (https://github.com/moodle/moodle/blob/main/mod/assign/gradingtable.php) and the strings of
/// https://github.com/moodle/moodle/blob/main/mod/assign/lang/en/assign.php (where <c>maxgrade</c> is "Maximum
/// Grade" and <c>gradecanbechanged</c> "Grade can be changed").
/// </remarks>
public sealed class MoodleGradebook : IGradebook
{
    /// <summary>The worksheet's columns, in Moodle's order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "Identifier",
        "Full name",
        "Email address",
        "Status",
        "Grade",
        "Maximum Grade",
        "Grade can be changed",
        "Last modified (submission)",
        "Last modified (grade)",
        "Feedback comments",
    ];

    /// <summary>What Moodle puts before a participant's id in <c>Identifier</c>.</summary>
    public const string Participant = "Participant ";

    /// <inheritdoc />
    public Platform Platform => Platform.Moodle;

    /// <inheritdoc />
    public string FileName => "gradebook-moodle.csv";

    /// <inheritdoc />
    public async Task WriteAsync(
        ClassResult results,
        Roster roster,
        GradebookSettings settings,
        TextWriter output,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(output);
        // ISO 8601 with its offset: PHP's strtotime reads it whatever the server's time zone.
        var written = settings.Written.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        await output.WriteAsync(CsvFields.Line(Columns).AsMemory(), cancellationToken);
        foreach (var row in GradebookRow.Of(results, roster, settings.Points))
            await output.WriteAsync(
                CsvFields
                    .Line([
                        Participant + row.Student.Id,
                        row.Student.Name,
                        "",
                        row.Grade.Grade is null ? "Not graded" : "Graded",
                        row.Grade.Grade is { } grade ? GradebookGrade.Number(grade) : "",
                        GradebookGrade.Number(row.Grade.Maximum),
                        "Yes",
                        "",
                        written,
                        row.Grade.Feedback,
                    ])
                    .AsMemory(),
                cancellationToken
            );
    }
}
