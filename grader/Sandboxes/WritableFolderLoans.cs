using System.Runtime.Versioning;

namespace Grader.Sandboxes;

/// <summary>
/// Lends the writable folders of launches (a build's work folder) to a launch user while the
/// launches run, and takes them back for the grader's user when the last one ends. Launches that write the same folder
/// at once (one submission's builds side by side) share one user, so none takes the folder away from another; they
/// then share that user's process limit too, as parts of one build.
/// </summary>
[SupportedOSPlatform("linux")]
internal static class WritableFolderLoans
{
    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, (int User, int Launches)> Lent = new(StringComparer.Ordinal);

    /// <summary>
    /// Lends <paramref name="folders"/> (full paths) to one launch and gives the user it must run as: the user already
    /// writing one of them, or a fresh one that now owns everything in them. Pair every call with <see cref="Return"/>.
    /// </summary>
    public static int Lend(IReadOnlyList<string> folders)
    {
        lock (Gate)
        {
            var user =
                folders
                    .Select(folder => Lent.TryGetValue(folder, out var loan) ? loan.User : (int?)null)
                    .FirstOrDefault(found => found is not null)
                ?? LaunchUsers.Next();
            foreach (var folder in folders)
            {
                var launches = Lent.TryGetValue(folder, out var loan) ? loan.Launches : 0;
                if (launches == 0)
                    GiveTree(folder, user);
                Lent[folder] = (user, launches + 1);
            }
            return user;
        }
    }

    /// <summary>Ends one launch's loan of <paramref name="folders"/>; the last launch to end gives them back to the
    /// grader's user.</summary>
    public static void Return(IReadOnlyList<string> folders)
    {
        lock (Gate)
        {
            foreach (var folder in folders)
            {
                if (!Lent.TryGetValue(folder, out var loan))
                    continue;
                if (loan.Launches > 1)
                {
                    Lent[folder] = (loan.User, loan.Launches - 1);
                    continue;
                }
                Lent.Remove(folder);
                // The launch's processes are all gone (its PID namespace died with it, or its user's processes were
                // killed), so nothing changes the tree meanwhile.
                GiveTree(folder, LinuxNative.GetUserId());
            }
        }
    }

    // Every entry under the folder, the folder too, never following a link: a link the build made must not give away
    // its target.
    private static void GiveTree(string folder, int user)
    {
        if (!Directory.Exists(folder))
            return;
        LinuxNative.Chown(folder, user);
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
        {
            if (entry is DirectoryInfo && entry.LinkTarget is null)
                GiveTree(entry.FullName, user);
            else
                LinuxNative.Chown(entry.FullName, user);
        }
    }
}
