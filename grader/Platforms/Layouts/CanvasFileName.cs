using System.Text.RegularExpressions;

namespace Grader.Platforms.Layouts;

/// <summary>
/// The name Canvas's "Download submissions" gives a file, read back: <c>&lt;student&gt;_[late_]&lt;user
/// id&gt;_&lt;file id&gt;_&lt;file's name&gt;</c>, or <c>&lt;student&gt;_[late_]&lt;user id&gt;_text.html</c> (a text
/// entry) and <c>…_link.html</c> (a website URL).
/// </summary>
/// <remarks>
/// Canvas's <c>ContentZipper</c> (https://github.com/instructure/canvas-lms/blob/master/lib/content_zipper.rb,
/// <c>get_filename</c>, <c>sanitize_file_name</c>, <c>sanitize_user_name</c>, <c>add_upload_submission</c>) joins the
/// student's sortable name ("Doe, Jane"), <c>LATE</c> for a late submission and the user id with <c>_</c>, keeps only
/// word characters and lowercases the lot ("doejane_late_4412"), then adds the attachment's id and its display name
/// as the student saw it. It removes <c>_&lt;digits&gt;_</c> from the name, so no part of a name between underscores
/// is all digits; with anonymous grading the name is left out. The file's name may carry Canvas's own duplicate
/// marker, <c>TCPClient-1.py</c>, which <see cref="CanvasDuplicate"/> undoes.
/// </remarks>
/// <param name="Name">The student's name as Canvas wrote it (lowercase, no spaces or punctuation), or "" when
/// anonymous.</param>
/// <param name="Late">Whether Canvas marked the submission late.</param>
/// <param name="UserId">The student's Canvas user id: the <c>ID</c> column of Canvas's gradebook.</param>
/// <param name="FileId">The uploaded file's id (later uploads have larger ids), or null for a text entry or a
/// URL.</param>
/// <param name="FileName">The file's name as the student's submission shows it.</param>
public sealed record CanvasFileName(string Name, bool Late, string UserId, string? FileId, string FileName)
{
    private static readonly Regex Pattern = new(
        """
        ^(?:(?!(?i:late)_\d+_)(?<name>[^_]+(?:_(?!(?i:late)_\d+_|\d+_)[^_]+)*)_)?
        (?:(?<late>(?i:late))_)?
        (?<user>\d+)_
        (?:(?<file>\d+)_(?<original>.+)|(?<online>text|link)\.html)$
        """,
        RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant | RegexOptions.Singleline,
        TimeSpan.FromSeconds(1)
    );

    /// <summary>Reads <paramref name="fileName"/> (a name, not a path); null when Canvas does not name files so.</summary>
    public static CanvasFileName? TryParse(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var match = Pattern.Match(fileName);
        if (!match.Success)
            return null;
        var online = match.Groups["online"];
        return new CanvasFileName(
            match.Groups["name"].Value,
            match.Groups["late"].Success,
            match.Groups["user"].Value,
            online.Success ? null : match.Groups["file"].Value,
            online.Success ? $"{online.Value}.html" : match.Groups["original"].Value
        );
    }
}
