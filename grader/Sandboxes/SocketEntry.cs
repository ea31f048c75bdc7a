using System.Net;
using Grader.Rubric;

namespace Grader.Sandboxes;

/// <summary>One socket of the kernel's table: its transport, local port and whether it accepts traffic there.</summary>
/// <param name="Transport">TCP or UDP.</param>
/// <param name="LocalPort">The port it is bound to.</param>
/// <param name="Serving">Listening (TCP) or bound (UDP).</param>
/// <param name="Queued">For a listening TCP socket, the connections waiting in its accept queue; else bytes waiting to
/// be read.</param>
public sealed record SocketEntry(Transport Transport, int LocalPort, bool Serving, int Queued = 0)
{
    /// <summary>The address it is connected to (a TCP connection, or a UDP socket after connect()), or null when it has
    /// none.</summary>
    public IPEndPoint? Remote { get; init; }

    /// <summary>The address and port it is bound to, or null when it is bound to no address in particular.</summary>
    public IPEndPoint? Local { get; init; }

    /// <summary>For a TCP connection, the bytes written to it that the other end has not yet acknowledged, so not yet
    /// in its receive queue; else 0.</summary>
    public int Unsent { get; init; }

    /// <summary>The kernel's state number, such as 2 for a TCP socket still connecting (SYN_SENT), 10 for one
    /// listening.</summary>
    public int State { get; init; }

    /// <summary>The socket's inode, which names it among a process's open files (<c>socket:[inode]</c> in
    /// <c>/proc/PID/fd</c>).</summary>
    public long Inode { get; init; }
}
