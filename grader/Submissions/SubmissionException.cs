namespace Grader.Submissions;

/// <summary>A problem with the user's input (no such folder, an unreadable manifest): one clear sentence, exit code
/// 2.</summary>
public sealed class SubmissionException(string message) : Exception(message);
