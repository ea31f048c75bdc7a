namespace Grader.Reports;

/// <summary>What a report needs besides the result.</summary>
/// <param name="Instructor">Whether hidden checks are shown in detail.</param>
/// <param name="Notices">Remarks about the run (a sandbox fallback, say).</param>
public sealed record ReportContext(bool Instructor, IReadOnlyList<string> Notices);
