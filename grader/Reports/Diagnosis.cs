using Grader.Results;

namespace Grader.Reports;

/// <summary>One diagnosis shared by several submissions: a check that failed the same way.</summary>
/// <param name="CheckId">The check that failed.</param>
/// <param name="Summary">The diagnosis, with what varies between submissions (quoted data, numbers) blanked
/// out.</param>
/// <param name="Submissions">Who got it, in name order.</param>
/// <param name="Example">One of the failures, for its full message and transcript.</param>
public sealed record Diagnosis(string CheckId, string Summary, IReadOnlyList<string> Submissions, CheckResult Example);
