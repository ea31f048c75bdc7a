namespace Grader.Files;

/// <summary>One entry of a folder a walk saw (<see cref="FolderWalk"/>), described without following any link.</summary>
/// <param name="Path">Its path below the walk's root, with <c>/</c> between folders; "" for the root itself.</param>
/// <param name="FullPath">Its full path.</param>
/// <param name="Kind">What it is.</param>
/// <param name="Depth">How many folders below the root it is: an entry of the root is 0 deep.</param>
/// <param name="Length">A file's size in bytes (its apparent size: a sparse file's holes count); 0 for the
/// rest.</param>
/// <param name="Mode">Its permission bits.</param>
/// <param name="Modified">When its content last changed.</param>
public sealed record FolderEntry(
    string Path,
    string FullPath,
    EntryKind Kind,
    int Depth,
    long Length,
    UnixFileMode Mode,
    DateTimeOffset Modified
)
{
    /// <summary>Its own name: the last part of <see cref="Path"/>.</summary>
    public string Name => Path[(Path.LastIndexOf('/') + 1)..];

    /// <summary>Whether its owner may read it (and, for a folder, enter it): what the student's own machine
    /// allowed.</summary>
    public bool OwnerMayRead =>
        Mode.HasFlag(UnixFileMode.UserRead) && (Kind != EntryKind.Folder || Mode.HasFlag(UnixFileMode.UserExecute));

    /// <summary>Where a link points, as written in it (not followed); null for anything but a link.</summary>
    public string? LinkTarget => Kind == EntryKind.Link ? new FileInfo(FullPath).LinkTarget : null;

    /// <summary>Whether this process can open it for reading, trying it without reading a byte; only a regular file
    /// is tried (a named pipe would wait for a writer).</summary>
    public bool CanOpen()
    {
        if (Kind != EntryKind.File)
            return false;
        try
        {
            using var handle = File.OpenHandle(FullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
