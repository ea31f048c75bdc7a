namespace Grader.Results;

/// <summary>A submission the grader could not grade, and why, in one sentence.</summary>
/// <param name="Submission">The folder's name.</param>
/// <param name="Reason">Why it could not be graded.</param>
public sealed record UngradedSubmission(string Submission, string Reason);
