namespace Grader.Sandboxes;

/// <summary>Whether and how much a sandbox captures of each launch's traffic.</summary>
/// <param name="MostBytes">The most bytes of frames one check's capture keeps; past them it is cut short, and says
/// so.</param>
public sealed record CaptureSettings(long MostBytes)
{
    /// <summary>The size a check's capture is cut at unless told otherwise: 16 MiB.</summary>
    public const long DefaultMostBytes = 16L * 1024 * 1024;

    /// <summary>Captures of up to <see cref="DefaultMostBytes"/> each.</summary>
    public static CaptureSettings Default { get; } = new(DefaultMostBytes);
}
