namespace Grader.Submissions;

/// <summary>Finds each role's program in a submission folder.</summary>
public static class SubmissionScanner
{
    /// <summary>Scans <paramref name="directory"/>; throws <see cref="SubmissionException"/> for bad input.</summary>
    public static Submission Scan(string directory) => throw new NotImplementedException();
}
