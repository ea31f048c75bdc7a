namespace Grader.Sandboxes;

/// <summary>
/// The file system one launch sees in the namespace sandbox, built in a mount namespace of its own: a small tmpfs
/// as its root holding the system's read-only folders (<c>/usr</c>, <c>/etc</c>, …), the interpreter's installation,
/// a few devices, an empty <c>/tmp</c>, and a fresh copy of the program's folders at their usual paths, owned by the
/// launch's user. Nothing else exists there: not the other submissions, the grader, the assignment, the results or
/// any home folder. The tmpfs's size is the copy plus the scratch limit, so writing more fails with "no space".
/// </summary>
/// <param name="ReadOnlyFolders">Folders outside the system ones that the program needs to read (an interpreter's installation).</param>
/// <param name="Copies">The program's folders, copied afresh and writable.</param>
/// <param name="User">The launch's user id, which owns the copies.</param>
/// <param name="ScratchBytes">What the program may write beyond the copies.</param>
/// <param name="WorkingDirectory">Where the program starts, inside one of the copies.</param>
internal sealed record LaunchRoot(IReadOnlyList<string> ReadOnlyFolders, IReadOnlyList<string> Copies, int User, long ScratchBytes, string WorkingDirectory)
{
    /// <summary>The system's folders every program may read; those that are symbolic links on this machine stay links.</summary>
    public static readonly IReadOnlyList<string> SystemFolders = ["/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32", "/etc", "/opt"];

    private static readonly string[] Devices = ["null", "zero", "full", "random", "urandom"];

    // An empty folder of the host, the mount point of every launch's root (each in its own mount namespace, so they never meet).
    private static readonly Lazy<string> MountPoint = new(() =>
    {
        var path = Path.Combine(Path.GetTempPath(), "lab-grader-root");
        Directory.CreateDirectory(path);
        return path;
    });

    /// <summary>Whether <paramref name="path"/> is inside a system folder, which every launch sees anyway.</summary>
    public static bool IsSystemPath(string path) =>
        SystemFolders.Any(folder => path == folder || path.StartsWith(folder + "/", StringComparison.Ordinal));

    /// <summary>
    /// Moves the calling thread into a new mount namespace whose root is this launch's file system. Call it on the
    /// launch's own thread: the namespace is that thread's, and programs enter it with <c>nsenter --mount</c>.
    /// </summary>
    /// <exception cref="SandboxUnavailableException">The kernel refused a mount.</exception>
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public void Enter()
    {
        var copySize = Copies.Sum(ScratchCopy.Size);
        var root = MountPoint.Value;
        if (LinuxNative.Unshare(LinuxNative.CloneNewNs) != 0) throw LinuxNative.LastError("unshare(CLONE_NEWNS)");
        // Nothing mounted from here on reaches the host, and nothing the host mounts later reaches the launch.
        LinuxNative.Mount(null, "/", null, LinuxNative.MountRecursive | LinuxNative.MountPrivate);
        LinuxNative.Mount("tmpfs", root, "tmpfs", LinuxNative.MountNoSetUid | LinuxNative.MountNoDevices,
            $"size={copySize + ScratchBytes + (1 << 20)},mode=755");

        foreach (var folder in SystemFolders.Concat(ReadOnlyFolders).Distinct(StringComparer.Ordinal))
            ShowReadOnly(root, folder);
        foreach (var device in Devices) ShowDevice(root, $"/dev/{device}");
        foreach (var open in new[] { "/tmp", "/dev/shm" })
        {
            Directory.CreateDirectory(root + open);
            File.SetUnixFileMode(root + open, (UnixFileMode)0b1_111_111_111); // 1777, as /tmp always is
        }
        Directory.CreateDirectory(root + "/proc"); // the PID namespace's own /proc is mounted here at launch
        foreach (var folder in Copies) ScratchCopy.Copy(folder, root + folder, made => LinuxNative.Chown(made, User));

        // The new root replaces the old one, which is then detached: no path leads back to the host's files.
        LinuxNative.ChangeDirectory(root);
        Directory.CreateDirectory(root + "/.old");
        LinuxNative.PivotRoot(".", ".old");
        LinuxNative.Detach("/.old");
        Directory.Delete("/.old");
        LinuxNative.ChangeDirectory(WorkingDirectory);
    }

    private static void ShowReadOnly(string root, string folder)
    {
        var info = new DirectoryInfo(folder);
        if (!info.Exists && info.LinkTarget is null) return;
        var target = root + folder;
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (info.LinkTarget is { } link)
        {
            File.CreateSymbolicLink(target, link);
            return;
        }
        Directory.CreateDirectory(target);
        LinuxNative.Mount(folder, target, null, LinuxNative.MountBind | LinuxNative.MountRecursive);
        LinuxNative.Mount(null, target, null, LinuxNative.MountBind | LinuxNative.MountRemount | LinuxNative.MountReadOnly | LinuxNative.MountNoSetUid);
    }

    private static void ShowDevice(string root, string device)
    {
        if (!File.Exists(device)) return;
        Directory.CreateDirectory(Path.GetDirectoryName(root + device)!);
        File.WriteAllBytes(root + device, []);
        LinuxNative.Mount(device, root + device, null, LinuxNative.MountBind);
    }
}
