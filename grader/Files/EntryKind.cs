namespace Grader.Files;

/// <summary>What one entry of a folder is, as the kernel says without following a link.</summary>
public enum EntryKind
{
    /// <summary>A regular file.</summary>
    File,

    /// <summary>A real folder (not a link to one).</summary>
    Folder,

    /// <summary>A symbolic link, never followed.</summary>
    Link,

    /// <summary>A named pipe: opening it for reading waits for a writer, so it is never opened.</summary>
    Pipe,

    /// <summary>A Unix socket.</summary>
    Socket,

    /// <summary>A character or block device.</summary>
    Device,

    /// <summary>A folder that cannot be listed, or an entry the kernel will not describe (permission denied).</summary>
    Unreadable,

    /// <summary>An entry whose name is not valid UTF-8: .NET cannot name it, so it can be neither opened nor
    /// copied.</summary>
    Undecodable,

    /// <summary>A folder with more entries than a walk looks at: the rest of it is left unseen.</summary>
    Crowded,
}
