using Grader.Files;
using Grader.Submissions.Archives;

namespace Grader.Submissions;

/// <summary>
/// The folder a submission is graded from. A folder that holds only files and folders its owner may read, within the
/// assignment's limits, with no archive where programs are looked for, is graded where it is, as it always was.
/// Anything else is graded from a scratch copy, never changing the student's folder: its archives unpacked next to
/// where they were (one archive inside another too, no deeper), links and what is no file left out (a link to a file
/// inside the submission is copied as that file), a file the student's own machine would not read left out, and what
/// goes beyond the limits left out; each left out thing is a note for the report. A file where a folder was expected
/// is graded as a folder holding only it.
/// </summary>
public sealed class SubmissionFolder : IDisposable
{
    private readonly string? _scratch;
    private readonly IReadOnlyList<(string Archive, string Folder)> _unpacked;
    private readonly IReadOnlyList<string> _files;

    private SubmissionFolder(
        string name,
        string directory,
        IReadOnlyList<string> notes,
        string? scratch = null,
        IReadOnlyList<(string Archive, string Folder)>? unpacked = null,
        IReadOnlyList<string>? files = null
    )
    {
        Name = name;
        Directory = directory;
        Notes = notes;
        _scratch = scratch;
        _unpacked = unpacked ?? [];
        _files = files ?? [];
    }

    /// <summary>The submission's name in reports: the student's folder's (or file's) own name.</summary>
    public string Name { get; }

    /// <summary>The folder to grade: the student's own, or the scratch copy (named like it).</summary>
    public string Directory { get; }

    /// <summary>Whether <see cref="Directory"/> is a scratch copy.</summary>
    public bool IsCopy => _scratch is not null;

    /// <summary>What was unpacked, left out and why, one line each, for the report.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>
    /// The folder to grade <paramref name="path"/> from, a student's folder or file, within <paramref name="limits"/>;
    /// its archives unpacked unless <paramref name="unpack"/> is false (when they are unpacked elsewhere, in the docker
    /// sandbox's container).
    /// </summary>
    /// <exception cref="SubmissionException">Nothing is there.</exception>
    public static SubmissionFolder Prepare(string path, ArchiveLimits limits, bool unpack = true)
    {
        ArgumentNullException.ThrowIfNull(limits);
        if (string.IsNullOrWhiteSpace(path))
            throw new SubmissionException("No submission folder was given.");
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        var name = Path.GetFileName(full);
        var self = FolderWalk.Describe(full, name);
        if (self is null)
            throw new SubmissionException($"The submission folder '{path}' does not exist.");
        var notes = new List<string>();
        var real = Followed(self, notes);
        if (real is null || real.Kind != EntryKind.Folder)
        {
            // A file (or whatever else) where a folder was expected is graded as a folder holding only it.
            // An archive handed in alone says what it is by being unpacked.
            if (real is not null && !(real.Kind == EntryKind.File && ArchiveUnpacker.IsArchive(name)))
                notes.Add($"`{Shown(name)}` is {What(real)}, not a folder: graded as a folder holding only it");
            return Copied(
                name,
                full,
                real is null ? [] : [real with { Path = name, Depth = 0 }],
                limits,
                unpack,
                notes
            );
        }
        var entries = new Lazy<IEnumerable<FolderEntry>>(() => FolderWalk.Walk(real.FullPath, SubmissionCopy.Entered));
        if (SubmissionCopy.IsClean(real.FullPath, limits, unpack))
        {
            if (!entries.Value.Any(e => e.Kind == EntryKind.File))
                notes.Add($"`{Shown(name)}` holds no files");
            return new SubmissionFolder(name, full, notes);
        }
        return Copied(name, real.FullPath, entries.Value, limits, unpack, notes);
    }

    /// <summary>
    /// <see cref="Notes"/>, and a note for each program handed in both loose and in an archive, saying which of the
    /// two <paramref name="submission"/>, scanned from <see cref="Directory"/>, grades.
    /// </summary>
    public IReadOnlyList<string> NotesOn(Submission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var notes = Notes.ToList();
        foreach (var source in submission.Programs.Select(p => p.Source).Distinct(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(source);
            var inArchive = ArchiveOf(source);
            var twin = _files.FirstOrDefault(file =>
                file != source && Path.GetFileName(file) == name && (ArchiveOf(file) is null) != (inArchive is null)
            );
            if (twin is null)
                continue;
            notes.Add(
                inArchive is null
                    ? $"`{source}` is handed in both loose and in `{ArchiveOf(twin)}` (as `{twin}`): the loose file, nearer the top, is graded"
                    : $"`{name}` is handed in both loose (`{twin}`) and in `{inArchive}`: `{source}` is graded"
            );
        }
        return notes;
    }

    /// <summary>Deletes the scratch copy, if there is one.</summary>
    public void Dispose()
    {
        if (_scratch is null)
            return;
        try
        {
            System.IO.Directory.Delete(_scratch, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the system's temporary folder cleaning.
        }
    }

    private string? ArchiveOf(string path) =>
        _unpacked
            .Where(u => path.StartsWith(u.Folder + "/", StringComparison.Ordinal))
            .Select(u => u.Archive)
            .FirstOrDefault();

    private static SubmissionFolder Copied(
        string name,
        string from,
        IEnumerable<FolderEntry> entries,
        ArchiveLimits limits,
        bool unpack,
        List<string> notes
    )
    {
        var scratch = System.IO.Directory.CreateTempSubdirectory("grader-submission-").FullName;
        try
        {
            var copy = Path.Combine(scratch, name);
            var made = SubmissionCopy.Make(from, entries, copy, new ArchiveBudget(limits), unpack);
            notes.AddRange(made.Notes);
            if (made.Files.Count == 0 && made.Unpacked.Count == 0 && notes.Count == 0)
                notes.Add($"`{Shown(name)}` holds no files");
            return new SubmissionFolder(name, copy, notes, scratch, made.Unpacked, made.Files);
        }
        catch
        {
            System.IO.Directory.Delete(scratch, recursive: true);
            throw;
        }
    }

    // The entry a link given as the submission leads to (a class folder of links is the operator's choice, so it is
    // followed); null, with a note, when it leads nowhere.
    private static FolderEntry? Followed(FolderEntry self, List<string> notes)
    {
        if (self.Kind == EntryKind.Undecodable)
        {
            notes.Add(
                $"`{Shown(self.Path)}`: its name is not valid UTF-8, so nothing in it can be opened: rename it to grade it"
            );
            return null;
        }
        if (self.Kind != EntryKind.Link)
            return self;
        try
        {
            var target = new FileInfo(self.FullPath).ResolveLinkTarget(returnFinalTarget: true);
            if (target is not null && FolderWalk.Describe(target.FullName, self.Path) is { } real)
                return real with { Path = self.Path };
        }
        catch (IOException)
        {
            // A loop: reported below.
        }
        notes.Add($"`{Shown(self.Path)}` is a link to `{self.LinkTarget}`, which leads to nothing to grade");
        return null;
    }

    private static string What(FolderEntry entry) =>
        entry.Kind switch
        {
            EntryKind.Pipe => "a named pipe",
            EntryKind.Socket => "a socket",
            EntryKind.Device => "a device",
            _ => "a file",
        };

    /// <summary>A path as a note shows it: control characters escaped.</summary>
    internal static string Shown(string path) =>
        string.Concat(path.Select(c => char.IsControl(c) ? $"\\x{(int)c:x2}" : c.ToString()));
}
