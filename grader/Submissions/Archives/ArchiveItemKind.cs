namespace Grader.Submissions.Archives;

/// <summary>What an archive entry is.</summary>
internal enum ArchiveItemKind
{
    /// <summary>A regular file: unpacked.</summary>
    File,

    /// <summary>A folder: made.</summary>
    Folder,

    /// <summary>A symbolic or hard link: never made (it could lead out of the folder), and noted.</summary>
    Link,

    /// <summary>A device, a pipe or anything else a submission has no use for: skipped, and noted.</summary>
    Other,
}
