namespace Grader.Files;

/// <summary>
/// Walks a folder a student made, safely, nearest entries first: no link is followed (so no loop is entered and nothing
/// outside is reached), nothing is opened (a named pipe cannot make it wait), an entry it cannot describe or list is
/// yielded as such rather than thrown, and a folder with more entries than anyone hands in is looked at only in part.
/// Every place that reads a submission's files walks it this way.
/// </summary>
public static class FolderWalk
{
    /// <summary>The entries of one folder that are looked at; a folder with more is <see
    /// cref="EntryKind.Crowded"/>.</summary>
    public const int MaxListed = 10_000;

    /// <summary>
    /// The entries below <paramref name="root"/>, folder by folder, nearest first, each folder's in the ordinal order
    /// of their names. A folder is entered when it is no deeper than <paramref name="maxDepth"/> allows for its entries
    /// and <paramref name="enter"/> (by default, every folder) says so. The root itself may be a link (a class folder of
    /// links); nothing below it is followed. A folder that cannot be listed is yielded again as <see
    /// cref="EntryKind.Unreadable"/> (the root too, with path ""), and one with more than <see cref="MaxListed"/>
    /// entries (or <paramref name="maxListed"/>) as <see cref="EntryKind.Crowded"/>, after its entries.
    /// </summary>
    public static IEnumerable<FolderEntry> Walk(
        string root,
        Func<FolderEntry, bool>? enter = null,
        int maxDepth = int.MaxValue,
        int maxListed = MaxListed
    )
    {
        var top = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        var folders = new Queue<(string Full, string Path, int Depth)>();
        folders.Enqueue((top, "", -1));
        while (folders.TryDequeue(out var folder))
        {
            var (names, crowded) = List(folder.Full, maxListed);
            if (names is null)
            {
                yield return Unlisted(folder.Full, folder.Path, Math.Max(0, folder.Depth), EntryKind.Unreadable);
                continue;
            }
            foreach (var name in names)
            {
                var entry = Describe(
                    folder.Full + "/" + name,
                    folder.Path.Length == 0 ? name : folder.Path + "/" + name,
                    folder.Depth + 1
                );
                if (entry is null)
                    continue; // gone since it was listed
                yield return entry;
                if (entry.Kind == EntryKind.Folder && entry.Depth < maxDepth && (enter?.Invoke(entry) ?? true))
                    folders.Enqueue((entry.FullPath, entry.Path, entry.Depth));
            }
            if (crowded)
                yield return Unlisted(folder.Full, folder.Path, Math.Max(0, folder.Depth), EntryKind.Crowded);
        }
    }

    /// <summary>What <paramref name="path"/> itself is, described as a walk describes an entry (a link not followed),
    /// with <paramref name="shownAs"/> as its path; null when it does not exist.</summary>
    public static FolderEntry? Describe(string path, string shownAs) => Describe(path, shownAs, 0);

    private static FolderEntry? Describe(string full, string path, int depth)
    {
        if (FileStatus.Of(full) is not { } status)
        {
            // .NET reads a name that is not valid UTF-8 with U+FFFD in place of its bad bytes, and then cannot find it.
            return path.Contains('\uFFFD', StringComparison.Ordinal)
                ? new FolderEntry(path, full, EntryKind.Undecodable, depth, 0, 0, DateTimeOffset.UnixEpoch)
                : null;
        }
        return new FolderEntry(path, full, status.Kind, depth, status.Length, status.Mode, status.Modified);
    }

    /// <summary>The path the kernel reaches at the end of <paramref name="path"/>, every link on the way followed
    /// (<c>realpath</c>); null when a link loops or leads nowhere.</summary>
    public static string? RealPath(string path) => FileStatus.Real(path);

    private static FolderEntry Unlisted(string full, string path, int depth, EntryKind kind) =>
        new(path, full, kind, depth, 0, 0, DateTimeOffset.UnixEpoch);

    // The names in a folder, sorted, the first MaxListed of them; null when it cannot be listed.
    private static (List<string>? Names, bool Crowded) List(string folder, int maxListed)
    {
        try
        {
            var names = new List<string>();
            var options = new EnumerationOptions
            {
                AttributesToSkip = 0,
                IgnoreInaccessible = false,
                RecurseSubdirectories = false,
            };
            foreach (var entry in Directory.EnumerateFileSystemEntries(folder, "*", options))
            {
                if (names.Count == maxListed)
                    return (Sorted(names), true);
                names.Add(entry[(entry.LastIndexOf('/') + 1)..]);
            }
            return (Sorted(names), false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, false);
        }
    }

    private static List<string> Sorted(List<string> names)
    {
        names.Sort(StringComparer.Ordinal);
        return names;
    }
}
