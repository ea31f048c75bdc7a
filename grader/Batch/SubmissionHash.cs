using System.Security.Cryptography;
using System.Text;

namespace Grader.Batch;

/// <summary>
/// A fingerprint of a submission's files (their paths and contents), so a resumed batch regrades exactly the
/// submissions that changed. Hidden files and folders and Python's byte-code caches are left out: they change without
/// the student.
/// </summary>
public static class SubmissionHash
{
    /// <summary>The fingerprint of the files under <paramref name="directory"/>, such as <c>sha256:…</c>.</summary>
    public static async Task<string> ComputeAsync(string directory, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        foreach (var relative in Files(directory, "").Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(relative + "\0"));
            await using var stream = File.OpenRead(Path.Combine(directory, relative));
            hash.AppendData(BitConverter.GetBytes(stream.Length));
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
                hash.AppendData(buffer, 0, read);
        }
        return "sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static IEnumerable<string> Files(string root, string relative)
    {
        var directory = new DirectoryInfo(Path.Combine(root, relative));
        foreach (var entry in directory.EnumerateFileSystemInfos())
        {
            if (
                entry.Name.StartsWith('.')
                || entry.Name == "__pycache__"
                || entry.Name.EndsWith(".pyc", StringComparison.Ordinal)
            )
                continue;
            if (entry.LinkTarget is not null && entry is DirectoryInfo)
                continue; // a link to a folder may loop
            var path = relative.Length == 0 ? entry.Name : $"{relative}/{entry.Name}";
            if (entry is DirectoryInfo)
                foreach (var file in Files(root, path))
                    yield return file;
            else
                yield return path;
        }
    }
}
