namespace Grader.Submissions;

/// <summary>Builds a submission once, before any check, and says how to run each role.</summary>
public static class SubmissionBuilder
{
    /// <summary>Builds <paramref name="submission"/> with its outputs in <paramref name="workDirectory"/> (created if needed, left in place).</summary>
    public static Task<BuiltSubmission> BuildAsync(Submission submission, string workDirectory, TimeSpan buildTimeLimit, CancellationToken cancellationToken) =>
        throw new NotImplementedException();
}
