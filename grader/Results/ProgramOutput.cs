namespace Grader.Results;

/// <summary>What a program printed, and how it ended, for a failed check's report.</summary>
/// <param name="StandardOutput">Its standard output, up to the cap.</param>
/// <param name="StandardError">Its standard error, up to the cap.</param>
/// <param name="ExitCode">Its exit code, or null while running or when killed.</param>
/// <param name="Truncated">Whether the output was cut at the cap.</param>
public sealed record ProgramOutput(string StandardOutput, string StandardError, int? ExitCode, bool Truncated);
