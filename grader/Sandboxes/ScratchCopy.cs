using Grader.Files;

namespace Grader.Sandboxes;

/// <summary>
/// Copies a program's folder for one launch: files, folders and symbolic links as they are (a link is copied, never
/// followed, so a loop or a link out of the folder costs nothing). A named pipe, a socket, a device, or an entry this
/// process cannot read or name is no part of the copy: the folder it copies is a submission's graded folder or a
/// build's output, and a build may leave anything there.
/// </summary>
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
        foreach (var entry in FolderWalk.Walk(from))
        {
            var target = Path.Combine(to, entry.Path);
            try
            {
                switch (entry.Kind)
                {
                    case EntryKind.Folder:
                        Directory.CreateDirectory(target);
                        break;
                    case EntryKind.Link when entry.LinkTarget is { } link:
                        File.CreateSymbolicLink(target, link);
                        break;
                    case EntryKind.File:
                        File.Copy(entry.FullPath, target);
                        break;
                    default:
                        continue;
                }
                made?.Invoke(target);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A file this process may not read (the grader running as a user who does not own it): not copied.
            }
        }
    }

    /// <summary>The bytes a copy of <paramref name="folder"/> takes, roughly (a block per file more); what a link
    /// points to is not counted, since the copy holds the link.</summary>
    public static long Size(string folder) =>
        Directory.Exists(folder)
            ? FolderWalk.Walk(folder).Where(e => e.Kind == EntryKind.File).Sum(e => e.Length + 4096)
            : 0;
}
