using Grader.Submissions.Archives;

namespace Grader.Platforms;

/// <summary>What to import: a platform's download, into which class folder, read as which platform.</summary>
/// <param name="Download">The download: an archive (a zip, …) or a folder.</param>
/// <param name="Destination">The class folder to write: one folder per student and <c>roster.csv</c>. Replaced when it
/// is an earlier import; refused when it holds anything else.</param>
/// <param name="Platform">The platform, or null to recognise it.</param>
/// <param name="Limits">How much the download may unpack to, all together.</param>
public sealed record ImportRequest(string Download, string Destination, Platform? Platform, ArchiveLimits Limits)
{
    /// <summary>4 GiB in 200,000 files: a large class's download many times over, and still a bound on what a broken
    /// or hostile archive can fill the disk with.</summary>
    public static ArchiveLimits DefaultLimits { get; } = new(4L << 30, 200_000);
}
