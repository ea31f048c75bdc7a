using System.Text;

namespace Grader.Batch;

/// <summary>
/// Writes a file so that a kill at any moment leaves either the old file or the new one, never half of one: the text
/// goes to a temporary file beside it, is flushed to disk, and is renamed over the target.
/// </summary>
public static class AtomicFile
{
    /// <summary>How temporary files end; <see cref="RemoveLeftovers"/> deletes those a kill left behind.</summary>
    public const string TemporarySuffix = ".partial";

    /// <summary>Writes what <paramref name="write"/> writes to <paramref name="path"/>, atomically.</summary>
    public static async Task WriteAsync(string path, Func<TextWriter, Task> write, CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}{TemporarySuffix}");
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                await using (var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true))
                {
                    await write(writer);
                }
                stream.Flush(flushToDisk: true);
            }
            cancellationToken.ThrowIfCancellationRequested();
            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>Deletes the temporary files an earlier, killed run left in <paramref name="directory"/>.</summary>
    public static void RemoveLeftovers(string directory)
    {
        if (!Directory.Exists(directory))
            return;
        foreach (var file in Directory.EnumerateFiles(directory, "*" + TemporarySuffix))
            File.Delete(file);
    }
}
