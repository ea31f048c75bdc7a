using System.Runtime.InteropServices;

namespace Grader.Files;

/// <summary>
/// What the kernel says of a path without following a link (<c>statx</c> with <c>AT_SYMLINK_NOFOLLOW</c>): .NET's own
/// file information cannot tell a named pipe, a socket or a device from a file, and follows a link to tell whether it
/// is a folder.
/// </summary>
internal static partial class FileStatus
{
    private const int CurrentFolder = -100; // AT_FDCWD
    private const int DoNotFollow = 0x100; // AT_SYMLINK_NOFOLLOW
    private const uint BasicStats = 0x7ff; // STATX_BASIC_STATS

    // struct statx's layout is the same on every architecture: 256 bytes, the mode at 28, the size at 40, the
    // modification time (seconds, nanoseconds) at 112.
    private const int StatxSize = 256;

    private const int TypeMask = 0xF000;
    private const int PipeType = 0x1000;
    private const int CharacterDeviceType = 0x2000;
    private const int FolderType = 0x4000;
    private const int BlockDeviceType = 0x6000;
    private const int FileType = 0x8000;
    private const int LinkType = 0xA000;
    private const int SocketType = 0xC000;

    private const int NoSuchEntry = 2; // ENOENT
    private const int NotAFolder = 20; // ENOTDIR

    /// <summary>The kind, size, permissions and modification time of <paramref name="path"/>, or null when it does not
    /// exist (a name .NET could not spell as it is, or an entry gone since it was listed).</summary>
    public static (EntryKind Kind, long Length, UnixFileMode Mode, DateTimeOffset Modified)? Of(string path)
    {
        if (!OperatingSystem.IsLinux())
            return Portable(path);
        Span<byte> buffer = stackalloc byte[StatxSize];
        int result;
        unsafe
        {
            fixed (byte* pointer = buffer)
                result = Statx(CurrentFolder, path, DoNotFollow, BasicStats, pointer);
        }
        if (result != 0)
        {
            var error = Marshal.GetLastPInvokeError();
            return error is NoSuchEntry or NotAFolder ? null : (EntryKind.Unreadable, 0, 0, DateTimeOffset.UnixEpoch);
        }
        var mode = BitConverter.ToUInt16(buffer[28..]);
        var kind = (mode & TypeMask) switch
        {
            FileType => EntryKind.File,
            FolderType => EntryKind.Folder,
            LinkType => EntryKind.Link,
            PipeType => EntryKind.Pipe,
            SocketType => EntryKind.Socket,
            CharacterDeviceType or BlockDeviceType => EntryKind.Device,
            _ => EntryKind.Device,
        };
        var modified = DateTimeOffset
            .FromUnixTimeSeconds(BitConverter.ToInt64(buffer[112..]))
            .AddTicks(BitConverter.ToUInt32(buffer[120..]) / 100);
        return (
            kind,
            kind == EntryKind.File ? BitConverter.ToInt64(buffer[40..]) : 0,
            (UnixFileMode)(mode & 0xFFF),
            modified
        );
    }

    // Elsewhere than Linux (no grading sandbox runs there): .NET's view, which knows files, folders and links.
    private static (EntryKind, long, UnixFileMode, DateTimeOffset)? Portable(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
            return (EntryKind.Link, 0, 0, info.LastWriteTimeUtc);
        if (Directory.Exists(path))
            return (EntryKind.Folder, 0, (UnixFileMode)0x1ED, Directory.GetLastWriteTimeUtc(path));
        return info.Exists ? (EntryKind.File, info.Length, (UnixFileMode)0x1A4, info.LastWriteTimeUtc) : null;
    }

    /// <summary>The path the kernel reaches at the end of <paramref name="path"/>, every link followed; null when a
    /// link loops or leads nowhere.</summary>
    public static string? Real(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            var info = new FileInfo(path);
            var target = info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true);
            return target is { Exists: true } || System.IO.Directory.Exists(target?.FullName) ? target?.FullName : null;
        }
        var resolved = RealPathCall(path, 0);
        if (resolved == 0)
            return null;
        try
        {
            return Marshal.PtrToStringUTF8(resolved);
        }
        finally
        {
            Free(resolved);
        }
    }

    [LibraryImport("libc", EntryPoint = "realpath", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial nint RealPathCall(string path, nint resolved);

    [LibraryImport("libc", EntryPoint = "free")]
    private static partial void Free(nint pointer);

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static unsafe partial int Statx(int folder, string path, int flags, uint mask, byte* buffer);
}
