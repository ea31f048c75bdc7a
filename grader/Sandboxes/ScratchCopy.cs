namespace Grader.Sandboxes;

/// <summary>Copies a program's folder for one launch: files, folders and symbolic links as they are.</summary>
internal static class ScratchCopy
{
    /// <summary>Copies <paramref name="from"/> to <paramref name="to"/>, calling <paramref name="made"/> on every entry
    /// made.</summary>
    public static void Copy(string from, string to, Action<string>? made = null)
    {
        Directory.CreateDirectory(to);
        made?.Invoke(to);
        if (!Directory.Exists(from))
            return;
        foreach (var entry in new DirectoryInfo(from).EnumerateFileSystemInfos())
        {
            var target = Path.Combine(to, entry.Name);
            if (entry.LinkTarget is { } link)
            {
                File.CreateSymbolicLink(target, link);
                made?.Invoke(target);
            }
            else if (entry is DirectoryInfo)
            {
                Copy(entry.FullName, target, made);
            }
            else
            {
                File.Copy(entry.FullName, target);
                made?.Invoke(target);
            }
        }
    }

    /// <summary>The bytes a copy of <paramref name="folder"/> takes, roughly (a block per file more).</summary>
    public static long Size(string folder) =>
        Directory.Exists(folder)
            ? new DirectoryInfo(folder)
                .EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
                .Sum(file => file.LinkTarget is null ? file.Length + 4096 : 0)
            : 0;
}
