using Grader.Launching;

namespace Grader.Submissions.Archives;

/// <summary>
/// Unpacks an archive a student handed in, safely: nothing lands outside the destination (no absolute path, no
/// <c>..</c>, no link is made, so none can lead out), what it writes is counted as it is written against the
/// submission's <see cref="ArchiveBudget"/> (so a zip bomb stops at the limit, whatever sizes its headers claim), and
/// a Mac's <c>__MACOSX</c> folder, <c>._</c> resource forks and <c>.DS_Store</c> files are left out.
/// </summary>
public static class ArchiveUnpacker
{
    private const int ShownPath = 80;

    /// <summary>Whether a file of this name is an archive the grader unpacks (<c>.zip</c>, <c>.tar</c>,
    /// <c>.tar.gz</c>, <c>.tgz</c>, <c>.7z</c>, <c>.rar</c>, <c>.tar.bz2</c>, <c>.tar.xz</c>).</summary>
    public static bool IsArchive(string fileName) => ArchiveReaders.FormatOf(Path.GetFileName(fileName)) is not null;

    /// <summary>The name an archive's folder gets: its own without the archive's suffix (<c>lab1.tar.gz</c> gives
    /// <c>lab1</c>).</summary>
    public static string Stem(string fileName) =>
        ArchiveReaders.SuffixOf(fileName) is { } suffix ? fileName[..^suffix.Length] : fileName;

    /// <summary>
    /// Unpacks <paramref name="archive"/> into <paramref name="destination"/> (made if missing), drawing on <paramref
    /// name="budget"/>; <paramref name="shownAs"/> names the archive in what it returns. Never throws for what the
    /// archive holds: a limit reached or an archive it cannot read is the result's <see
    /// cref="UnpackedArchive.Problem"/>, and what was unpacked before stays.
    /// </summary>
    public static UnpackedArchive Unpack(string archive, string destination, string shownAs, ArchiveBudget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        var format =
            ArchiveReaders.FormatOf(Path.GetFileName(archive))
            ?? throw new ArgumentException($"{archive} is not an archive", nameof(archive));
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(destination));
        Directory.CreateDirectory(root);
        var skipped = new List<string>();
        // What the submission's other files and archives left, so that a limit reached is told truly.
        var (bytesLeft, filesLeft) = (budget.Bytes, budget.Files);
        var files = 0;
        long bytes = 0;
        string? problem = null;
        try
        {
            foreach (var item in ArchiveReaders.Read(archive, format))
            {
                var relative = SafeRelative(item.Path);
                if (relative is null)
                {
                    skipped.Add($"`{Shown(item.Path)}`: a path outside the archive's folder");
                    continue;
                }
                if (relative.Length == 0 || MacMetadata(relative))
                    continue;
                if (item.Kind is ArchiveItemKind.Link or ArchiveItemKind.Other)
                {
                    skipped.Add(
                        $"`{Shown(relative)}`: {(item.Kind == ArchiveItemKind.Link ? "a link" : "not a file")}, not unpacked"
                    );
                    continue;
                }
                if (!budget.TakeFile())
                {
                    problem = TooMany(budget.Limits.Files, filesLeft);
                    break;
                }
                var target = Path.GetFullPath(Path.Combine(root, relative));
                if (!target.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    skipped.Add($"`{Shown(item.Path)}`: a path outside the archive's folder");
                    continue;
                }
                if (item.Kind == ArchiveItemKind.Folder)
                {
                    Directory.CreateDirectory(target);
                    continue;
                }
                var written = Write(item, target, budget);
                if (written is null)
                {
                    problem = TooBig(budget.Limits.Bytes, bytesLeft);
                    break;
                }
                files++;
                bytes += written.Value;
            }
        }
#pragma warning disable CA1031 // a student's archive is hostile input to the readers: whatever they throw is its fault
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            // SharpCompress throws its own exceptions (a 7z's LZMA dictionary too large, a bad header), and a reader's
            // bug met by a crafted archive may throw anything: the archive is then one the grader cannot read.
            var message = string.Join(' ', e.Message.Split('\n', StringSplitOptions.TrimEntries)).TrimEnd('.');
            problem = $"cannot be read as {Kind(format, Path.GetFileName(archive))} ({message})";
        }
        return new UnpackedArchive(shownAs, files, bytes, skipped, problem);
    }

    private static string TooMany(int limit, int left) =>
        left < limit
            ? $"holds more files and folders than the {left} left of the {limit} a submission may have (the assignment's limit, `unpacked-files`): the rest is left out"
            : $"holds more than {limit} files and folders (the assignment's limit, `unpacked-files`): the rest is left out";

    private static string TooBig(long limit, long left) =>
        left < limit
            ? $"unpacks to more than the {LaunchLimits.Size(left)} left of the {LaunchLimits.Size(limit)} a submission may take (the assignment's limit, `unpacked-bytes`): the rest is left out"
            : $"unpacks to more than {LaunchLimits.Size(limit)} (the assignment's limit, `unpacked-bytes`): the rest is left out";

    // Copies one file's content, counting every byte against the budget as it comes; null (and no file left) once
    // the budget runs out.
    private static long? Write(ArchiveItem item, string target, ArchiveBudget budget)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        long written = 0;
        var buffer = new byte[81920];
        using (var from = item.Open())
        using (var to = new FileStream(target, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            int read;
            while ((read = from.Read(buffer)) > 0)
            {
                if (!budget.TakeBytes(read))
                {
                    to.Close();
                    File.Delete(target);
                    return null;
                }
                to.Write(buffer, 0, read);
                written += read;
            }
        }
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(
                target,
                UnixFileMode.UserRead
                    | UnixFileMode.UserWrite
                    | UnixFileMode.GroupRead
                    | UnixFileMode.OtherRead
                    | (
                        item.Executable
                            ? UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute
                            : 0
                    )
            );
        return written;
    }

    /// <summary>The entry's path as a relative path below the destination, "" for its root, or null when it is
    /// absolute or climbs out with <c>..</c>.</summary>
    internal static string? SafeRelative(string stored)
    {
        var path = stored.Replace('\\', '/');
        if (
            path.StartsWith('/')
            || (path.Length >= 2 && path[1] == ':')
            || path.Contains('\0', StringComparison.Ordinal)
        )
            return null;
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(part => part != ".").ToList();
        return parts.Contains("..") ? null : string.Join('/', parts);
    }

    // What a Mac adds to an archive it makes, which is no part of the submission.
    private static bool MacMetadata(string relative)
    {
        var parts = relative.Split('/');
        return parts[0] == "__MACOSX"
            || parts[^1].StartsWith("._", StringComparison.Ordinal)
            || parts[^1] == ".DS_Store";
    }

    private static string Kind(ArchiveFormat format, string fileName) =>
        format switch
        {
            ArchiveFormat.Zip => "a zip archive",
            ArchiveFormat.Tar => "a tar archive",
            ArchiveFormat.TarGzip => "a gzipped tar archive",
            _ => $"a {ArchiveReaders.SuffixOf(fileName)?.ToLowerInvariant()} archive",
        };

    // A path as a report shows it: control characters escaped, a long one cut.
    private static string Shown(string path)
    {
        var printable = string.Concat(path.Select(c => char.IsControl(c) ? $"\\x{(int)c:x2}" : c.ToString()));
        return printable.Length <= ShownPath ? printable : printable[..ShownPath] + "…";
    }
}
