using System.Globalization;
using System.Text.RegularExpressions;

namespace Grader.Platforms.Layouts;

/// <summary>
/// The name Blackboard Learn's "Assignment File Download" gives a file,
/// <c>&lt;assignment&gt;_&lt;username&gt;_attempt_&lt;YYYY-MM-DD-HH-MM-SS&gt;_&lt;file's name&gt;</c>, and the receipt it
/// writes for each attempt, <c>&lt;assignment&gt;_&lt;username&gt;_attempt_&lt;date&gt;.txt</c>.
/// </summary>
/// <remarks>
/// Blackboard's help names the tool ("Assignment File Download" in the Grade Center) but not the files' names; the
/// names here are the ones instructors' scripts take apart, for example https://github.com/kwurst/bb-file-cleanup
/// (README and <c>test_bbcleanup.py</c>: <c>Chapter 13 Problems_jdoe3_attempt_2014-04-30-21-02-38_chapter 13.pdf</c>
/// beside <c>Chapter 13 Problems_jdoe3_attempt_2014-04-30-21-02-38.txt</c>) and
/// https://github.com/vangef/BBGradebookOrganiser (files grouped by the student in their names, a receipt per
/// attempt). Both an assignment's name and a username may hold
/// underscores, so the part before <c>_attempt_</c> is split by what the whole download shares
/// (<see cref="Layouts.BlackboardLayout"/>).
/// </remarks>
/// <param name="Owner">The assignment's name and the username, joined by <c>_</c>.</param>
/// <param name="Attempt">When the attempt was submitted.</param>
/// <param name="FileName">The file's name as submitted, or null for the attempt's receipt.</param>
public sealed record BlackboardFileName(string Owner, DateTime Attempt, string? FileName)
{
    /// <summary>How an attempt's time is written in a name.</summary>
    public const string AttemptFormat = "yyyy-MM-dd-HH-mm-ss";

    private static readonly Regex Pattern = new(
        @"^(?<owner>.+?_[^_].*?)_attempt_(?<date>\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2})(?:_(?<original>.+)|(?<receipt>\.txt))$",
        RegexOptions.CultureInvariant | RegexOptions.Singleline,
        TimeSpan.FromSeconds(1)
    );

    /// <summary>Whether this is an attempt's receipt, not a file the student handed in.</summary>
    public bool IsReceipt => FileName is null;

    /// <summary>Reads <paramref name="fileName"/>; null when Blackboard does not name files so.</summary>
    public static BlackboardFileName? TryParse(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var match = Pattern.Match(fileName);
        if (
            !match.Success
            || !DateTime.TryParseExact(
                match.Groups["date"].Value,
                AttemptFormat,
                CultureInfo.InvariantCulture,
                DateTimeStyles.None,
                out var attempt
            )
        )
            return null;
        return new BlackboardFileName(
            match.Groups["owner"].Value,
            attempt,
            match.Groups["receipt"].Success ? null : match.Groups["original"].Value
        );
    }
}
