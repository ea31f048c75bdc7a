using System.Security.Cryptography;
using System.Text;
using Grader.Files;

namespace Grader.Batch;

/// <summary>
/// A fingerprint of a submission's files (their paths and contents), so a resumed batch regrades exactly the
/// submissions that changed. Hidden files and folders and Python's byte-code caches are left out: they change without
/// the student. The student's folder is walked as grading walks it (<see cref="FolderWalk"/>): a link is fingerprinted
/// by where it points, never followed, a named pipe or an unreadable file by its name, and a file is read only while
/// the files read so far fit the assignment's <c>unpacked-bytes</c> (beyond that, grading leaves files out anyway, so
/// their size and time stand for them).
/// </summary>
public static class SubmissionHash
{
    /// <summary>The fingerprint of the files under <paramref name="path"/> (a folder, or a file handed in where a folder
    /// was expected), such as <c>sha256:…</c>, reading at most <paramref name="readBytes"/> of their content.</summary>
    public static async Task<string> ComputeAsync(
        string path,
        CancellationToken cancellationToken,
        long readBytes = 64L << 20
    )
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long read = 0;
        foreach (var entry in Entries(path).OrderBy(e => e.Path, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            hash.AppendData(Encoding.UTF8.GetBytes(entry.Path + "\0"));
            if (entry.Kind != EntryKind.File)
            {
                hash.AppendData(Encoding.UTF8.GetBytes($"{entry.Kind}\0{entry.LinkTarget}\0"));
                continue;
            }
            hash.AppendData(BitConverter.GetBytes(entry.Length));
            if (read + entry.Length > readBytes)
            {
                hash.AppendData(BitConverter.GetBytes(entry.Modified.UtcTicks));
                continue;
            }
            read += entry.Length;
            try
            {
                await using var stream = File.OpenRead(entry.FullPath);
                int count;
                while ((count = await stream.ReadAsync(buffer, cancellationToken)) > 0)
                    hash.AppendData(buffer, 0, count);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                hash.AppendData(Encoding.UTF8.GetBytes($"{EntryKind.Unreadable}\0"));
            }
        }
        return "sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    // What is fingerprinted: every entry but folders, hidden ones and byte-code caches; a file where a folder was
    // expected is one entry, by its name.
    private static IEnumerable<FolderEntry> Entries(string path)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        var name = Path.GetFileName(full);
        var self = FolderWalk.Describe(full, name);
        if (self?.Kind == EntryKind.Link && FolderWalk.RealPath(full) is { } real)
            self = FolderWalk.Describe(real, name) ?? self; // a class folder of links: the operator's own
        if (self is null)
            return [];
        if (self.Kind != EntryKind.Folder)
            return [self];
        return FolderWalk
            .Walk(self.FullPath, folder => Counted(folder.Name))
            .Where(e => e.Kind != EntryKind.Folder && Counted(e.Name));
    }

    private static bool Counted(string name) =>
        !name.StartsWith('.') && name != "__pycache__" && !name.EndsWith(".pyc", StringComparison.Ordinal);
}
