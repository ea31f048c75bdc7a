using Grader.Files;
using Grader.Launching;
using Grader.Submissions.Archives;

namespace Grader.Submissions;

/// <summary>
/// Makes the scratch copy a <see cref="SubmissionFolder"/> grades: the submission's files, then its archives unpacked
/// next to where they were, then the archives those held, all drawing on one <see cref="ArchiveBudget"/>; whatever it
/// leaves out is a note.
/// </summary>
internal static class SubmissionCopy
{
    /// <summary>The notes one copy gives at most; the rest are counted in one more.</summary>
    public const int MaxNotes = 25;

    // What no grading needs and is left out silently: version control, and what CandidateFiles skips (caches, virtual
    // environments, a Mac's metadata).
    private static readonly HashSet<string> VersionControl = new(StringComparer.Ordinal) { ".git", ".hg", ".svn" };

    /// <summary>What a copy made: its notes, the files it holds (paths inside it), and each archive unpacked with the
    /// folder it went to.</summary>
    public sealed record Made(
        IReadOnlyList<string> Notes,
        IReadOnlyList<string> Files,
        IReadOnlyList<(string Archive, string Folder)> Unpacked
    );

    /// <summary>Whether a walk of the submission enters <paramref name="folder"/>: not a folder left out silently, nor
    /// one its owner may not read.</summary>
    public static bool Entered(FolderEntry folder) => !LeftOutSilently(folder) && folder.OwnerMayRead;

    /// <summary>Whether the folder <paramref name="root"/> can be graded where it is: it holds only files and folders
    /// its owner may read and this process can open, within <paramref name="limits"/>, nothing left out silently, and,
    /// when <paramref name="unpack"/>, no archive where programs are looked for.</summary>
    public static bool IsClean(string root, ArchiveLimits limits, bool unpack)
    {
        long bytes = 0;
        var files = 0;
        foreach (var entry in FolderWalk.Walk(root, Entered))
        {
            if (++files > limits.Files || LeftOutSilently(entry) || !entry.OwnerMayRead)
                return false;
            if (entry.Kind == EntryKind.Folder)
                continue;
            if (entry.Kind != EntryKind.File || !entry.CanOpen() || (unpack && IsUnpacked(entry)))
                return false;
            bytes += entry.Length;
            if (bytes > limits.Bytes)
                return false;
        }
        return true;
    }

    /// <summary>Copies <paramref name="entries"/>, a walk of <paramref name="root"/>, into <paramref name="copy"/>
    /// within <paramref name="budget"/>, unpacking the archives where programs are looked for when <paramref
    /// name="unpack"/>.</summary>
    public static Made Make(
        string root,
        IEnumerable<FolderEntry> entries,
        string copy,
        ArchiveBudget budget,
        bool unpack
    )
    {
        Directory.CreateDirectory(copy);
        var notes = new Notes();
        var realRoot = FolderWalk.RealPath(root) ?? root;
        var archives = new List<FolderEntry>();
        foreach (var entry in entries)
        {
            if (LeftOutSilently(entry))
                continue;
            if (entry.Kind == EntryKind.File && unpack && IsUnpacked(entry))
            {
                archives.Add(entry);
                continue;
            }
            if (!Copy(entry, realRoot, copy, budget, notes))
            {
                notes.Add(
                    $"left out the rest: a submission may hold {budget.Limits.Files} files and folders (the assignment's limit, `unpacked-files`)"
                );
                break;
            }
        }

        var unpacked = new List<(string Archive, string Folder)>();
        foreach (var archive in archives)
        {
            var folder = Beside(copy, archive.Path);
            var result = ArchiveUnpacker.Unpack(archive.FullPath, Path.Combine(copy, folder), archive.Path, budget);
            notes.Add(result.Describe());
            unpacked.Add((archive.Path, folder));
        }
        // One archive inside another is unpacked too, in the copy, and then deleted there; one level only.
        foreach (var (_, folder) in unpacked.ToList())
        foreach (var inner in ArchivesIn(copy, folder))
        {
            var into = Beside(copy, inner);
            var result = ArchiveUnpacker.Unpack(Path.Combine(copy, inner), Path.Combine(copy, into), inner, budget);
            File.Delete(Path.Combine(copy, inner));
            notes.Add(result.Describe());
            unpacked.Add((inner, into));
            foreach (var deeper in ArchivesIn(copy, into))
                notes.Add(
                    $"left `{SubmissionFolder.Shown(deeper)}` packed: an archive in an archive in an archive (only one archive inside another is unpacked)"
                );
        }

        var files = FolderWalk
            .Walk(copy)
            .Where(e => e.Kind == EntryKind.File)
            .Select(e => e.Path)
            .Take(budget.Limits.Files)
            .ToList();
        return new Made(notes.Lines, files, unpacked);
    }

    /// <summary>Why an entry of this kind is left out, in a few words.</summary>
    public static string Describe(EntryKind kind) =>
        kind switch
        {
            EntryKind.Pipe => "a named pipe, not a file",
            EntryKind.Socket => "a socket, not a file",
            EntryKind.Device => "a device, not a file",
            EntryKind.Unreadable => "it cannot be read",
            EntryKind.Undecodable => "its name is not valid UTF-8",
            EntryKind.Crowded =>
                $"more than {FolderWalk.MaxListed} entries in one folder: the rest of it is not looked at",
            EntryKind.Link => "a link",
            EntryKind.Folder => "a folder",
            _ => "a file",
        };

    // Copies one entry; false once the budget has no file left.
    private static bool Copy(FolderEntry entry, string realRoot, string copy, ArchiveBudget budget, Notes notes)
    {
        var target = Path.Combine(copy, entry.Path);
        var shown = SubmissionFolder.Shown(entry.Path);
        switch (entry.Kind)
        {
            case EntryKind.Folder when !entry.OwnerMayRead:
                notes.Add($"left out `{shown}/`: a folder its owner may not read (mode {Octal(entry.Mode)})");
                return true;
            case EntryKind.Folder:
                if (!budget.TakeFile())
                    return false;
                Directory.CreateDirectory(target);
                return true;
            case EntryKind.File:
                return CopyFile(entry, entry, target, budget, notes);
            case EntryKind.Link:
                return CopyLink(entry, realRoot, target, budget, notes);
            case EntryKind.Crowded:
                notes.Add($"left out most of `{shown}/`: {Describe(entry.Kind)}");
                return true;
            case EntryKind.Unreadable when entry.Path.Length == 0:
                notes.Add($"left out everything: the folder {Describe(entry.Kind)}");
                return true;
            default:
                notes.Add($"left out `{shown}`: {Describe(entry.Kind)}");
                return true;
        }
    }

    // A link is never made in the copy: one to a file inside the submission is copied as that file; any other is left
    // out, saying where it leads.
    private static bool CopyLink(FolderEntry link, string realRoot, string target, ArchiveBudget budget, Notes notes)
    {
        var shown = SubmissionFolder.Shown(link.Path);
        var written = SubmissionFolder.Shown(link.LinkTarget ?? "");
        var real = FolderWalk.RealPath(link.FullPath);
        var inside =
            real is not null && (real == realRoot || real.StartsWith(realRoot + "/", StringComparison.Ordinal));
        var leadsTo = real is null ? null : FolderWalk.Describe(real, link.Path);
        if (leadsTo is null)
            notes.Add($"left out `{shown}`: a link to `{written}`, which loops or leads to nothing");
        else if (!inside)
            notes.Add($"left out `{shown}`: a link to `{written}`, outside the submission");
        else if (leadsTo.Kind == EntryKind.Folder)
            notes.Add($"left out `{shown}`: a link to a folder (`{written}`), not followed");
        else if (leadsTo.Kind != EntryKind.File)
            notes.Add($"left out `{shown}`: a link to {Describe(leadsTo.Kind).Split(',')[0]}");
        else
            return CopyFile(link, leadsTo, target, budget, notes);
        return true;
    }

    private static bool CopyFile(
        FolderEntry entry,
        FolderEntry source,
        string target,
        ArchiveBudget budget,
        Notes notes
    )
    {
        var shown = SubmissionFolder.Shown(entry.Path);
        if (!source.OwnerMayRead)
        {
            notes.Add($"left out `{shown}`: its owner may not read it (mode {Octal(source.Mode)})");
            return true;
        }
        if (source.Length > budget.Bytes)
        {
            notes.Add(
                $"left out `{shown}`: {LaunchLimits.Size(source.Length)}, more than is left of the {LaunchLimits.Size(budget.Limits.Bytes)} a submission may take (the assignment's limit, `unpacked-bytes`)"
            );
            return true;
        }
        if (!budget.TakeFile())
            return false;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source.FullPath, target);
            budget.TakeBytes(Math.Min(source.Length, budget.Bytes));
            if (!OperatingSystem.IsWindows())
                File.SetUnixFileMode(target, source.Mode | UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(target);
            // The message names the grader's own paths: the reason is said in words of the report's.
            notes.Add(
                $"left out `{shown}`: it cannot be read{(e is UnauthorizedAccessException ? " (permission denied)" : "")}"
            );
        }
        return true;
    }

    // The folder an archive is unpacked into, beside it: named after it without its suffix, or, when that is taken,
    // after it whole.
    private static string Beside(string copy, string archive)
    {
        var parent = Path.GetDirectoryName(archive) ?? "";
        var name = Path.GetFileName(archive);
        var stem = ArchiveUnpacker.Stem(name);
        foreach (var candidate in new[] { stem, name, $"{name} (unpacked)" })
        {
            var folder = parent.Length == 0 ? candidate : $"{parent}/{candidate}";
            if (!Path.Exists(Path.Combine(copy, folder)))
                return folder;
        }
        return $"{(parent.Length == 0 ? "" : parent + "/")}{name} ({Guid.NewGuid():N})";
    }

    // The archives in a folder of the copy, where programs are looked for.
    private static List<string> ArchivesIn(string copy, string folder)
    {
        var depth = folder.Count(c => c == '/') + 1;
        if (depth > CandidateFiles.MaxDepth)
            return [];
        return FolderWalk
            .Walk(Path.Combine(copy, folder), Scanned, CandidateFiles.MaxDepth - depth)
            .Where(e => e.Kind == EntryKind.File && ArchiveUnpacker.IsArchive(e.Name))
            .Select(e => $"{folder}/{e.Path}")
            .ToList();
    }

    /// <summary>Whether an archive is unpacked: where the scanner looks for programs, which is as deep as it looks,
    /// never in a hidden folder, one it skips, or build output.</summary>
    private static bool IsUnpacked(FolderEntry file) =>
        ArchiveUnpacker.IsArchive(file.Name)
        && file.Depth <= CandidateFiles.MaxDepth
        && file.Path.Split('/')[..^1].All(folder => Scanned(folder));

    private static bool Scanned(FolderEntry folder) => Scanned(folder.Name);

    private static bool Scanned(string folder) =>
        !folder.StartsWith('.')
        && !CandidateFiles.SkippedFolders.Contains(folder)
        && !CandidateFiles.OutputFolders.Contains(folder);

    private static bool LeftOutSilently(FolderEntry entry) =>
        entry.Kind == EntryKind.Folder
            ? VersionControl.Contains(entry.Name) || CandidateFiles.SkippedFolders.Contains(entry.Name)
            : entry.Name == ".DS_Store" || entry.Name.StartsWith("._", StringComparison.Ordinal);

    private static string Octal(UnixFileMode mode) => Convert.ToString((int)mode & 0x1FF, 8).PadLeft(3, '0');

    // The notes, at most MaxNotes of them and a count of the rest.
    private sealed class Notes
    {
        private readonly List<string> _lines = [];
        private int _more;

        public void Add(string line)
        {
            if (_lines.Count < MaxNotes)
                _lines.Add(line);
            else
                _more++;
        }

        public IReadOnlyList<string> Lines => _more == 0 ? _lines : [.. _lines, $"and {_more} more notes like these"];
    }
}
