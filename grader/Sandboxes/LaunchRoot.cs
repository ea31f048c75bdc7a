using System.Runtime.Versioning;

namespace Grader.Sandboxes;

/// <summary>
/// The file system one launch sees in the namespace sandbox, built in a mount namespace of its own: a small tmpfs
/// as its root holding the system's read-only folders (<c>/usr</c>, <c>/etc</c>, …), the interpreter's installation,
/// a few devices, an empty <c>/tmp</c>, a fresh copy of the program's folders at their usual paths, owned by the
/// launch's user, and, for a build, its work folder itself, writable. Nothing else exists there: not the other
/// submissions, the grader, the assignment, the results or any home folder. The tmpfs's size is the copy plus the
/// scratch limit, so writing more fails with "no space" (a writable folder is the host's, bounded per file only).
/// </summary>
/// <param name="ReadOnlyFolders">
/// Files and folders outside the system ones that the program needs to read (an interpreter's installation, what the
/// operator shares with builds).
/// </param>
/// <param name="Copies">The program's folders, copied afresh and writable.</param>
/// <param name="User">The launch's user id, which owns the copies.</param>
/// <param name="ScratchBytes">What the program may write beyond the copies.</param>
/// <param name="WorkingDirectory">Where the program starts, inside one of the copies or writable folders.</param>
[SupportedOSPlatform("linux")]
internal sealed record LaunchRoot(
    IReadOnlyList<string> ReadOnlyFolders,
    IReadOnlyList<string> Copies,
    int User,
    long ScratchBytes,
    string WorkingDirectory
)
{
    /// <summary>Host folders shown at their own paths and writable in place (a build's work folder, lent to <see
    /// cref="User"/>).</summary>
    public IReadOnlyList<string> WritableFolders { get; init; } = [];

    /// <summary>Files written into the copy of <see cref="WorkingDirectory"/>, owned by <see cref="User"/>.</summary>
    public IReadOnlyList<Launching.LaunchFile> Files { get; init; } = [];

    /// <summary>The system's folders every program may read; those that are symbolic links on this machine stay
    /// links.</summary>
    public static readonly IReadOnlyList<string> SystemFolders =
    [
        "/usr",
        "/bin",
        "/sbin",
        "/lib",
        "/lib32",
        "/lib64",
        "/libx32",
        "/etc",
        "/opt",
    ];

    private static readonly string[] Devices = ["null", "zero", "full", "random", "urandom"];

    // An empty folder of the host, the mount point of every launch's root (each in its own mount namespace, so they
    // never meet).
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
        var copySize = Copies.Sum(ScratchCopy.Size) + Files.Sum(file => (long)file.Content.Length);
        var root = MountPoint.Value;
        if (LinuxNative.Unshare(LinuxNative.CloneNewNs) != 0)
            throw LinuxNative.LastError("unshare(CLONE_NEWNS)");
        // Nothing mounted from here on reaches the host, and nothing the host mounts later reaches the launch.
        LinuxNative.Mount(null, "/", null, LinuxNative.MountRecursive | LinuxNative.MountPrivate);
        LinuxNative.Mount(
            "tmpfs",
            root,
            "tmpfs",
            LinuxNative.MountNoSetUid | LinuxNative.MountNoDevices,
            $"size={copySize + ScratchBytes + (1 << 20)},mode=755"
        );

        foreach (var folder in SystemFolders.Concat(ReadOnlyFolders).Distinct(StringComparer.Ordinal))
            ShowReadOnly(root, folder);
        foreach (var device in Devices)
            ShowDevice(root, $"/dev/{device}");
        foreach (var open in new[] { "/tmp", "/dev/shm" })
        {
            Directory.CreateDirectory(root + open);
            File.SetUnixFileMode(root + open, (UnixFileMode)0b1_111_111_111); // 1777, as /tmp always is
        }
        Directory.CreateDirectory(root + "/proc"); // the PID namespace's own /proc is mounted here at launch
        // In a user namespace the kernel mounts a new /proc only where a whole one is already in sight, so rootless the
        // host's is shown here first; the launch's own covers it, and a program without capabilities cannot uncover it.
        if (UserNamespace.IsEntered)
            LinuxNative.Mount("/proc", root + "/proc", null, LinuxNative.MountBind | LinuxNative.MountRecursive);
        foreach (var folder in Copies)
            ScratchCopy.Copy(folder, root + folder, made => LinuxNative.Chown(made, User));
        foreach (var file in Files)
            LinuxNative.Chown(file.WriteInto(root + WorkingDirectory), User);
        foreach (var folder in WritableFolders)
            ShowWritable(root, folder);

        // The new root replaces the old one, which is then detached: no path leads back to the host's files.
        LinuxNative.ChangeDirectory(root);
        Directory.CreateDirectory(root + "/.old");
        LinuxNative.PivotRoot(".", ".old");
        LinuxNative.Detach("/.old");
        Directory.Delete("/.old");
        LinuxNative.ChangeDirectory(WorkingDirectory);
    }

    private static void ShowReadOnly(string root, string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists && !Directory.Exists(path) && info.LinkTarget is null)
            return;
        var target = root + path;
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (info.LinkTarget is { } link)
        {
            File.CreateSymbolicLink(target, link);
            return;
        }
        // A shared file (a build's Directory.Build.props) is bound onto an empty file, a folder onto an empty folder.
        if (info.Exists)
            File.WriteAllBytes(target, []);
        else
            Directory.CreateDirectory(target);
        LinuxNative.Mount(path, target, null, LinuxNative.MountBind | LinuxNative.MountRecursive);
        LinuxNative.Mount(
            null,
            target,
            null,
            LinuxNative.MountBind | LinuxNative.MountRemount | LinuxNative.MountReadOnly | LinuxNative.MountNoSetUid
        );
    }

    // The folder itself, not a copy: what the program writes there stays after the launch. No set-user-id programs or
    // devices from it.
    private static void ShowWritable(string root, string folder)
    {
        var target = root + folder;
        Directory.CreateDirectory(target);
        LinuxNative.Mount(folder, target, null, LinuxNative.MountBind);
        LinuxNative.Mount(
            null,
            target,
            null,
            LinuxNative.MountBind | LinuxNative.MountRemount | LinuxNative.MountNoSetUid | LinuxNative.MountNoDevices
        );
    }

    private static void ShowDevice(string root, string device)
    {
        if (!File.Exists(device))
            return;
        Directory.CreateDirectory(Path.GetDirectoryName(root + device)!);
        File.WriteAllBytes(root + device, []);
        LinuxNative.Mount(device, root + device, null, LinuxNative.MountBind);
    }
}
