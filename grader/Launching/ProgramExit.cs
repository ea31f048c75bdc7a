namespace Grader.Launching;

/// <summary>How a program ended and what it wrote.</summary>
/// <param name="ExitCode">The exit code, or null if the grader killed it.</param>
/// <param name="KilledBecause">Why the grader killed it (time limit, end of the check), or null if it exited by itself.</param>
/// <param name="StandardOutput">Standard output, up to the cap.</param>
/// <param name="StandardError">Standard error, up to the cap.</param>
/// <param name="OutputTruncated">Whether either stream was cut at the cap.</param>
/// <param name="RunTime">From start to end.</param>
public sealed record ProgramExit(
    int? ExitCode,
    string? KilledBecause,
    string StandardOutput,
    string StandardError,
    bool OutputTruncated,
    TimeSpan RunTime)
{
    /// <summary>Whether the program ended by itself rather than being killed.</summary>
    public bool ExitedByItself => KilledBecause is null;
}
