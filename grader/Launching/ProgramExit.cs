namespace Grader.Launching;

/// <summary>How a program ended and what it wrote.</summary>
/// <param name="ExitCode">The exit code, or null if the grader killed it.</param>
/// <param name="KilledBecause">Why the grader killed it (time limit, end of the check), or null if it exited by
/// itself.</param>
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
    TimeSpan RunTime
)
{
    /// <summary>Whether the program ended by itself rather than being killed.</summary>
    public bool ExitedByItself => KilledBecause is null;

    /// <summary>
    /// The limit the program ran into, in words for a verdict ("more than 256 processes", "used more than 512 MiB"),
    /// or null; set whether the limit killed it or only made a call fail that it then died of.
    /// </summary>
    public string? LimitHit { get; init; }

    /// <summary>How many bytes of each stream were kept, for saying where the output was cut.</summary>
    public int OutputCapBytes { get; init; }

    /// <summary>"output cut at 64 KiB" when the program wrote more than the cap, else null.</summary>
    public string? OutputCut => OutputTruncated ? $"output cut at {LaunchLimits.Size(OutputCapBytes)}" : null;

    /// <summary>Whether a limit, rather than the program itself, ended it: killed at the limit, not merely slowed by
    /// it.</summary>
    public bool KilledByLimit { get; init; }
}
