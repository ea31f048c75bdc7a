using System.Runtime.InteropServices;

namespace Grader.Launching;

/// <summary>
/// The system calls a blocked thread of a student's program may wait in, by their numbers on this machine's
/// architecture (x86-64 or arm64), with where each keeps its timeout: what the kernel's <c>/proc/&lt;pid&gt;/task/&lt;tid&gt;/syscall</c>
/// needs to say whether a wait ends by itself.
/// </summary>
/// <param name="Name">Its name, as in the manual: <c>recvfrom</c>.</param>
/// <param name="Wait">What kind of wait it is.</param>
/// <param name="Argument">The argument that holds the socket (<see cref="SystemCallWait.Socket"/>), the timeout in
/// milliseconds (<see cref="SystemCallWait.Milliseconds"/>) or the pointer to the timeout (<see
/// cref="SystemCallWait.TimeoutPointer"/>), counted from 0.</param>
internal sealed record SystemCall(string Name, SystemCallWait Wait, int Argument)
{
    private static readonly Dictionary<long, SystemCall> X64 = new()
    {
        [0] = new("read", SystemCallWait.Socket, 0),
        [7] = new("poll", SystemCallWait.Milliseconds, 2),
        [23] = new("select", SystemCallWait.TimeoutPointer, 4),
        [43] = new("accept", SystemCallWait.Socket, 0),
        [45] = new("recvfrom", SystemCallWait.Socket, 0),
        [47] = new("recvmsg", SystemCallWait.Socket, 0),
        [61] = new("wait4", SystemCallWait.Child, 0),
        [202] = new("futex", SystemCallWait.Futex, 3),
        [232] = new("epoll_wait", SystemCallWait.Milliseconds, 3),
        [247] = new("waitid", SystemCallWait.Child, 0),
        [270] = new("pselect6", SystemCallWait.TimeoutPointer, 4),
        [271] = new("ppoll", SystemCallWait.TimeoutPointer, 2),
        [281] = new("epoll_pwait", SystemCallWait.Milliseconds, 3),
        [288] = new("accept4", SystemCallWait.Socket, 0),
        [441] = new("epoll_pwait2", SystemCallWait.TimeoutPointer, 3),
    };

    private static readonly Dictionary<long, SystemCall> Arm64 = new()
    {
        [22] = new("epoll_pwait", SystemCallWait.Milliseconds, 3),
        [63] = new("read", SystemCallWait.Socket, 0),
        [72] = new("pselect6", SystemCallWait.TimeoutPointer, 4),
        [73] = new("ppoll", SystemCallWait.TimeoutPointer, 2),
        [98] = new("futex", SystemCallWait.Futex, 3),
        [95] = new("waitid", SystemCallWait.Child, 0),
        [202] = new("accept", SystemCallWait.Socket, 0),
        [207] = new("recvfrom", SystemCallWait.Socket, 0),
        [212] = new("recvmsg", SystemCallWait.Socket, 0),
        [242] = new("accept4", SystemCallWait.Socket, 0),
        [260] = new("wait4", SystemCallWait.Child, 0),
        [441] = new("epoll_pwait2", SystemCallWait.TimeoutPointer, 3),
    };

    /// <summary>The call numbered <paramref name="number"/> on this machine, or null when it is none of the waits
    /// known here (or the architecture is neither x86-64 nor arm64).</summary>
    public static SystemCall? Numbered(long number) =>
        RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 => X64.GetValueOrDefault(number),
            Architecture.Arm64 => Arm64.GetValueOrDefault(number),
            _ => null,
        };
}
