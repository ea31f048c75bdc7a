using Grader.Rubric;

namespace Grader.Submissions.Archives;

/// <summary>How much one submission's archives may unpack to, all together: what a zip bomb runs into.</summary>
/// <param name="Bytes">The bytes of all their files.</param>
/// <param name="Files">How many files and folders.</param>
public sealed record ArchiveLimits(long Bytes, int Files)
{
    /// <summary>64 MiB in 2,000 files: far more than a lab's sources, far less than would trouble the machine.</summary>
    public static ArchiveLimits Default { get; } = new(64L << 20, 2000);

    /// <summary>The assignment's limits (<c>unpacked-bytes</c>, <c>unpacked-files</c>).</summary>
    public static ArchiveLimits Of(ProgramLimits limits) =>
        new(limits?.UnpackedBytes ?? Default.Bytes, limits?.UnpackedFiles ?? Default.Files);
}
