using System.Text.RegularExpressions;

namespace Grader.Platforms.Layouts;

/// <summary>
/// The name Moodle's "Download all submissions" gives a participant's folder,
/// <c>&lt;Full name&gt;_&lt;participant id&gt;_assignsubmission_&lt;plugin&gt;_</c>, or, with "Download submissions in
/// folders" off, the same prefix on each file: <c>Jane Doe_4412_assignsubmission_file_TCPClient.py</c>.
/// </summary>
/// <remarks>
/// Moodle's <c>assign::download_submissions</c> (https://github.com/moodle/moodle/blob/main/mod/assign/locallib.php)
/// builds the prefix from the full name with its underscores turned to spaces, <c>_</c>, the participant's unique id
/// in the assignment (<c>get_uniqueid_for_user</c>, the number the offline grading worksheet shows as
/// <c>Participant 4412</c>), then <c>_assignsubmission_file_</c> or <c>_assignsubmission_onlinetext_</c>; folders
/// keep a submission's subfolders. With anonymous submissions the name is "Participant". The option's help:
/// https://github.com/moodle/moodle/blob/main/mod/assign/lang/en/assign.php (<c>downloadasfolders_help</c>).
/// </remarks>
/// <param name="Name">The participant's full name.</param>
/// <param name="ParticipantId">The participant's id in the assignment: <c>Participant &lt;id&gt;</c> in the grading
/// worksheet.</param>
/// <param name="Plugin">The submission plugin: <c>assignsubmission_file</c>, <c>assignsubmission_onlinetext</c>, ….</param>
/// <param name="FileName">For a file named with the prefix, the file's own name; null for a folder's name.</param>
public sealed record MoodleEntryName(string Name, string ParticipantId, string Plugin, string? FileName)
{
    private static readonly Regex Pattern = new(
        @"^(?<name>.+?)_(?<id>\d+)_(?<plugin>assignsubmission_[a-z0-9]+)_(?<original>.*)$",
        RegexOptions.CultureInvariant | RegexOptions.Singleline,
        TimeSpan.FromSeconds(1)
    );

    /// <summary>Reads a folder's name (<paramref name="isFolder"/>: nothing may follow the last <c>_</c>) or a file's
    /// (a name must follow it); null when Moodle does not name entries so.</summary>
    public static MoodleEntryName? TryParse(string entryName, bool isFolder)
    {
        ArgumentNullException.ThrowIfNull(entryName);
        var match = Pattern.Match(entryName);
        if (!match.Success)
            return null;
        var original = match.Groups["original"].Value;
        if (isFolder != (original.Length == 0))
            return null;
        return new MoodleEntryName(
            match.Groups["name"].Value.Trim(),
            match.Groups["id"].Value,
            match.Groups["plugin"].Value,
            isFolder ? null : original
        );
    }
}
