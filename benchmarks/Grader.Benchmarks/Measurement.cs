using System.Diagnostics;

namespace Grader.Benchmarks;

/// <summary>What one child process did: its wall time from start to exit, its peak resident memory, its exit code and
/// output.</summary>
/// <param name="Wall">From just before the process was started to its exit, read with a <see
/// cref="Stopwatch"/>.</param>
/// <param name="PeakRssKiB">The largest <c>VmHWM</c> (peak resident set) read from <c>/proc/PID/status</c> while it
/// ran.</param>
/// <param name="ExitCode">The process's exit code.</param>
/// <param name="StandardOutput">Everything it wrote to standard output.</param>
/// <param name="StandardError">Everything it wrote to standard error.</param>
internal sealed record Measurement(
    TimeSpan Wall,
    long PeakRssKiB,
    int ExitCode,
    string StandardOutput,
    string StandardError
)
{
    /// <summary>The first line of standard error, or of standard output when there is none, for a one-line
    /// report.</summary>
    public string FirstLine => (StandardError.Trim().Length > 0 ? StandardError : StandardOutput).Trim().Split('\n')[0];
}
