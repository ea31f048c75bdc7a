namespace Grader.Reports;

/// <summary>What a report needs besides the result.</summary>
/// <param name="Instructor">Whether hidden checks are shown in detail.</param>
/// <param name="Notices">Remarks about the run (a sandbox fallback, say).</param>
public sealed record ReportContext(bool Instructor, IReadOnlyList<string> Notices)
{
    /// <summary>Where the result's capture files are, relative to the report (a folder, for links), or null when none
    /// were written.</summary>
    public string? Captures { get; init; }
}
