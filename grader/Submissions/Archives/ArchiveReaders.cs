using System.Formats.Tar;
using System.IO.Compression;
using SharpCompress.Archives;

namespace Grader.Submissions.Archives;

/// <summary>Reads an archive's entries as <see cref="ArchiveItem"/>s, whatever its format.</summary>
internal static class ArchiveReaders
{
    // The Unix file type and permission bits, as zip's "external attributes" carry them in their upper half.
    private const int FileTypeMask = 0xF000;
    private const int SymbolicLinkType = 0xA000;
    private const int AnyExecuteBits = 0x49; // 0111 in octal

    private static readonly (string Suffix, ArchiveFormat Format)[] Suffixes =
    [
        (".zip", ArchiveFormat.Zip),
        (".tar", ArchiveFormat.Tar),
        (".tar.gz", ArchiveFormat.TarGzip),
        (".tgz", ArchiveFormat.TarGzip),
        (".7z", ArchiveFormat.Other),
        (".rar", ArchiveFormat.Other),
        (".tar.bz2", ArchiveFormat.Other),
        (".tbz2", ArchiveFormat.Other),
        (".tar.xz", ArchiveFormat.Other),
        (".txz", ArchiveFormat.Other),
    ];

    /// <summary>The format a file of this name is, or null when its name is no archive's.</summary>
    public static ArchiveFormat? FormatOf(string fileName) =>
        Suffixes
            .Where(s =>
                fileName.EndsWith(s.Suffix, StringComparison.OrdinalIgnoreCase) && fileName.Length > s.Suffix.Length
            )
            .Select(s => (ArchiveFormat?)s.Format)
            .FirstOrDefault();

    /// <summary>The suffix that makes <paramref name="fileName"/> an archive's name (<c>.tar.gz</c>), or null.</summary>
    public static string? SuffixOf(string fileName) =>
        Suffixes
            .Where(s =>
                fileName.EndsWith(s.Suffix, StringComparison.OrdinalIgnoreCase) && fileName.Length > s.Suffix.Length
            )
            .Select(s => fileName[^s.Suffix.Length..])
            .FirstOrDefault();

    /// <summary>The entries of the archive at <paramref name="path"/>, read one after another: each item's content must
    /// be read before the next is asked for.</summary>
    /// <exception cref="InvalidDataException">The file is not an archive of its format.</exception>
    public static IEnumerable<ArchiveItem> Read(string path, ArchiveFormat format) =>
        format switch
        {
            ArchiveFormat.Zip => ReadZip(path),
            ArchiveFormat.Tar => ReadTar(path, gzip: false),
            ArchiveFormat.TarGzip => ReadTar(path, gzip: true),
            _ => ReadOther(path),
        };

    private static IEnumerable<ArchiveItem> ReadZip(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        foreach (var entry in zip.Entries)
        {
            var mode = entry.ExternalAttributes >> 16;
            var kind =
                (mode & FileTypeMask) == SymbolicLinkType ? ArchiveItemKind.Link
                : entry.FullName.EndsWith('/') || entry.FullName.EndsWith('\\') ? ArchiveItemKind.Folder
                : ArchiveItemKind.File;
            yield return new ArchiveItem(entry.FullName, kind, entry.Open, (mode & AnyExecuteBits) != 0);
        }
    }

    private static IEnumerable<ArchiveItem> ReadTar(string path, bool gzip)
    {
        using var file = File.OpenRead(path);
        using var stream = gzip ? new GZipStream(file, CompressionMode.Decompress) : (Stream)file;
        using var tar = new TarReader(stream);
        while (tar.GetNextEntry() is { } entry)
        {
            var kind = entry.EntryType switch
            {
                TarEntryType.RegularFile or TarEntryType.V7RegularFile or TarEntryType.ContiguousFile =>
                    ArchiveItemKind.File,
                TarEntryType.Directory => ArchiveItemKind.Folder,
                TarEntryType.SymbolicLink or TarEntryType.HardLink => ArchiveItemKind.Link,
                TarEntryType.GlobalExtendedAttributes or TarEntryType.ExtendedAttributes => (ArchiveItemKind?)null,
                _ => ArchiveItemKind.Other,
            };
            if (kind is not { } known)
                continue;
            var executable =
                (entry.Mode & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0;
            yield return new ArchiveItem(entry.Name, known, () => entry.DataStream ?? Stream.Null, executable);
        }
    }

    private static IEnumerable<ArchiveItem> ReadOther(string path)
    {
        IArchive archive;
        try
        {
            archive = ArchiveFactory.OpenArchive(path);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new InvalidDataException(e.Message, e);
        }
        using (archive)
        {
            foreach (var entry in archive.Entries)
            {
                var kind =
                    entry.IsDirectory ? ArchiveItemKind.Folder
                    : entry.LinkTarget is not null ? ArchiveItemKind.Link
                    : ArchiveItemKind.File;
                yield return new ArchiveItem(entry.Key ?? "", kind, entry.OpenEntryStream);
            }
        }
    }
}
