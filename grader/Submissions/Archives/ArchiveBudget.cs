namespace Grader.Submissions.Archives;

/// <summary>What is left of one submission's <see cref="ArchiveLimits"/> while its archives are unpacked, all of them
/// drawing on it.</summary>
/// <param name="limits">The limits to start from.</param>
public sealed class ArchiveBudget(ArchiveLimits limits)
{
    /// <summary>The limits it started from, for verdicts.</summary>
    public ArchiveLimits Limits { get; } = limits ?? throw new ArgumentNullException(nameof(limits));

    /// <summary>Bytes still to be had.</summary>
    public long Bytes { get; private set; } = limits.Bytes;

    /// <summary>Files and folders still to be had.</summary>
    public int Files { get; private set; } = limits.Files;

    /// <summary>Takes one file or folder; false when none is left.</summary>
    public bool TakeFile()
    {
        if (Files <= 0)
            return false;
        Files--;
        return true;
    }

    /// <summary>Takes <paramref name="bytes"/>; false, taking nothing, when fewer are left.</summary>
    public bool TakeBytes(long bytes)
    {
        if (bytes > Bytes)
            return false;
        Bytes -= bytes;
        return true;
    }
}
