namespace Grader.Results;

/// <summary>
/// A docker sandbox's captures on their way out of the container: the worker grader (<c>grade --capture-frames</c>)
/// puts each check's packets in its JSON result (<see cref="CheckResult.Frames"/>), and the grader outside takes them
/// back into the check's <see cref="PacketLog"/>, so the files are written outside, where libpcap is.
/// </summary>
public static class CaptureFrames
{
    /// <summary>The worker's option that asks for them, followed by the most bytes a check's capture keeps.</summary>
    public const string Option = "--capture-frames";

    /// <summary><paramref name="result"/> with each check's captured packets in its JSON.</summary>
    public static GradeResult Pack(GradeResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result with
        {
            Checks =
            [
                .. result.Checks.Select(c =>
                    c.Packets is { } log
                        ? c with
                        {
                            Frames = log.Packets,
                            CaptureNote = log.TruncatedAt is { } at ? Truncated(at) : null,
                        }
                        : c
                ),
            ],
        };
    }

    /// <summary><paramref name="result"/>, read from a worker, with each check's packets back in its log.</summary>
    public static GradeResult Unpack(GradeResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result with
        {
            Checks =
            [
                .. result.Checks.Select(c =>
                    c.Frames is { } frames ? c with { Packets = PacketLog.Of(frames), Frames = null } : c
                ),
            ],
        };
    }

    /// <summary>The note on a capture cut short at <paramref name="bytes"/>.</summary>
    public static string Truncated(long bytes) => $"capture truncated at {bytes} bytes";
}
