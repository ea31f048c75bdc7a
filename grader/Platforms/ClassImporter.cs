using Grader.Launching;
using Grader.Submissions.Archives;

namespace Grader.Platforms;

/// <summary>
/// Turns a platform's bulk download into a class folder the grader grades: the download unpacked safely
/// (<see cref="ArchiveUnpacker"/>, within <see cref="ImportRequest.Limits"/>), read as its platform's layout
/// (<see cref="DownloadLayouts"/>), and each student's files written under the names they gave them into a folder of
/// their own, with <c>roster.csv</c> beside them. A student's own archive is a file like any other: grading unpacks it.
/// The folder is written beside the destination and renamed into place, so a killed import leaves the previous one
/// whole.
/// </summary>
public static class ClassImporter
{
    private const string StagingMark = ".import-";
    private const string UnpackedFolder = ".download";

    /// <summary>Imports <paramref name="request"/>'s download, reporting to <paramref name="progress"/>.</summary>
    /// <exception cref="DownloadException">The download is missing, unreadable, over its limits, or no platform's
    /// (with <c>auto</c>, or not the platform asked for); the destination holds something else.</exception>
    public static async Task<ImportedClass> ImportAsync(
        ImportRequest request,
        IImportProgress progress,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(progress);
        var download = Path.TrimEndingDirectorySeparator(Path.GetFullPath(request.Download));
        var destination = Path.TrimEndingDirectorySeparator(Path.GetFullPath(request.Destination));
        var isFolder = Directory.Exists(download);
        if (!isFolder && !File.Exists(download))
            throw new DownloadException($"no download at {request.Download}: name a platform's zip or a folder");
        if (!isFolder && !ArchiveUnpacker.IsArchive(download))
            throw new DownloadException(
                $"{request.Download} is neither a folder nor an archive the grader reads (.zip, .tar, .tar.gz, .7z, .rar)"
            );
        if (isFolder && Roster.IsIn(download))
            throw new DownloadException(
                $"{request.Download} is a class folder 'grader class import' wrote: grade it without --from ('grader batch {request.Download} --out …')"
            );
        CheckDestination(download, destination, request.Destination);

        var parent = Path.GetDirectoryName(destination)!;
        Directory.CreateDirectory(parent);
        RemoveLeftovers(parent, Path.GetFileName(destination));
        var staging = Path.Combine(parent, $".{Path.GetFileName(destination)}{StagingMark}{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        try
        {
            ImportedClass? imported = null;
            await progress.RunAsync(async () =>
                imported = await Task.Run(
                    () => Import(request, download, isFolder, staging, destination, progress, cancellationToken),
                    cancellationToken
                )
            );
            return imported!;
        }
        finally
        {
            if (Directory.Exists(staging))
                Directory.Delete(staging, recursive: true);
        }
    }

    private static ImportedClass Import(
        ImportRequest request,
        string download,
        bool isFolder,
        string staging,
        string destination,
        IImportProgress progress,
        CancellationToken cancellationToken
    )
    {
        var notes = new List<string>();
        string folder;
        string container;
        if (isFolder)
        {
            folder = download;
            container = Path.GetFileName(download);
        }
        else
        {
            folder = Path.Combine(staging, UnpackedFolder);
            container = ArchiveName(download);
            progress.Unpacking(Path.GetFileName(download), new FileInfo(download).Length);
            var budget = new ArchiveBudget(request.Limits);
            var unpacked = ArchiveUnpacker.Unpack(download, folder, Path.GetFileName(download), budget);
            if (unpacked.Problem is not null)
                throw new DownloadException(Problem(request, unpacked, budget));
            notes.AddRange(unpacked.Skipped.Select(s => $"left out of {Path.GetFileName(download)}: {s}"));
        }
        cancellationToken.ThrowIfCancellationRequested();

        var listing = DownloadListing.Read(folder, request.Download, container, DownloadLayouts.IsStudentFolder);
        notes.AddRange(listing.Skipped.Select(s => $"left out: {s}"));
        var reading = DownloadLayouts.Read(listing, request.Platform);
        if (reading.Unrecognised.Count > 0)
            notes.Add(
                $"left out {reading.Unrecognised.Count} entr{(reading.Unrecognised.Count == 1 ? "y" : "ies")} not named as {reading.Platform.Title()} names a student's: {string.Join(", ", reading.Unrecognised.Take(5).Select(e => $"`{e}`"))}{(reading.Unrecognised.Count > 5 ? ", …" : "")}"
            );

        progress.Writing(reading.Students.Count);
        var entries = new List<RosterEntry>();
        var folders = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { UnpackedFolder, Roster.FileName };
        var files = 0;
        foreach (var student in reading.Students)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = Unique(StudentFolderName.For(student.Name, student.Id), folders);
            var target = Path.Combine(staging, name);
            Directory.CreateDirectory(target);
            var studentNotes = student.Notes.ToList();
            var written = new List<string>();
            foreach (var file in student.Files)
            {
                var to = Path.GetFullPath(Path.Combine(target, file.Path.Replace('/', Path.DirectorySeparatorChar)));
                if (!to.StartsWith(target + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    studentNotes.Add(
                        $"left out `{file.Source}`: its name, `{file.Path}`, would leave the student's folder"
                    );
                    continue;
                }
                if (File.Exists(to) || Directory.Exists(to))
                {
                    studentNotes.Add(
                        $"left out `{file.Source}`: another of the student's files is `{file.Path}` already"
                    );
                    continue;
                }
                try
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                    // An unpacked download is the import's own: its files are moved; a folder's are copied, never
                    // changed.
                    if (isFolder)
                        File.Copy(listing.FullPath(file.Source), to);
                    else
                        File.Move(listing.FullPath(file.Source), to);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    studentNotes.Add(
                        $"left out `{file.Source}`: it could not be written as `{file.Path}` ({e.Message.TrimEnd('.')})"
                    );
                    continue;
                }
                written.Add(file.Path);
                files++;
            }
            entries.Add(
                new RosterEntry(
                    name,
                    student.Id,
                    student.Name,
                    reading.Platform,
                    student.Attempt,
                    written,
                    student.Sources,
                    studentNotes
                )
            );
            progress.Wrote();
        }
        var roster = new Roster(entries.OrderBy(e => e.Folder, StringComparer.Ordinal).ToList());
        roster.SaveAsync(staging, cancellationToken).GetAwaiter().GetResult();

        var unpackedFolder = Path.Combine(staging, UnpackedFolder);
        if (Directory.Exists(unpackedFolder))
            Directory.Delete(unpackedFolder, recursive: true);
        cancellationToken.ThrowIfCancellationRequested();
        if (Directory.Exists(destination))
            Directory.Delete(destination, recursive: true);
        Directory.Move(staging, destination);
        return new ImportedClass(destination, reading.Platform, roster, files, notes);
    }

    // The destination is replaced: it must be new, empty or an earlier import, and neither inside the download nor
    // holding it.
    private static void CheckDestination(string download, string destination, string shown)
    {
        if (IsWithin(destination, download) || IsWithin(download, destination))
            throw new DownloadException(
                $"--out {shown} and the download overlap: write the class folder outside the download"
            );
        if (File.Exists(destination))
            throw new DownloadException($"--out {shown} is a file: name a folder for the class");
        if (
            Directory.Exists(destination)
            && Directory.EnumerateFileSystemEntries(destination).Any()
            && !Roster.IsIn(destination)
        )
            throw new DownloadException(
                $"--out {shown} holds files and is not a class the grader imported (it has no {Roster.FileName}): import into a new or empty folder"
            );
    }

    private static bool IsWithin(string path, string folder) =>
        path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static void RemoveLeftovers(string parent, string name)
    {
        foreach (var leftover in Directory.EnumerateDirectories(parent, $".{name}{StagingMark}*"))
            Directory.Delete(leftover, recursive: true);
    }

    private static string Unique(string folder, HashSet<string> taken)
    {
        var unique = folder;
        for (var i = 2; !taken.Add(unique); i++)
            unique = $"{folder}-{i}";
        return unique;
    }

    private static string ArchiveName(string path)
    {
        var name = Path.GetFileName(path);
        foreach (var suffix in new[] { ".tar.gz", ".tar.bz2", ".tar.xz" })
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                return name[..^suffix.Length];
        return Path.GetFileNameWithoutExtension(name);
    }

    private static string Problem(ImportRequest request, UnpackedArchive unpacked, ArchiveBudget budget)
    {
        var name = Path.GetFileName(request.Download);
        if (budget.Files <= 0)
            return $"{name} holds more than {request.Limits.Files} files and folders (--max-download-files): raise the limit to import it whole";
        if (
            budget.Bytes < request.Limits.Bytes
            && unpacked.Problem!.Contains("unpacked-bytes", StringComparison.Ordinal)
        )
            return $"{name} unpacks to more than {LaunchLimits.Size(request.Limits.Bytes)} (--max-download-size): raise the limit to import it whole";
        return $"{name} {unpacked.Problem}";
    }
}
