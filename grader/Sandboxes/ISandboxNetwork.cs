using System.Net.Sockets;
using Grader.Launching;

namespace Grader.Sandboxes;

/// <summary>The network of one launch: the program runs in it and the probes' sockets are created in it. Disposing it
/// removes the launch's scratch copy.</summary>
public interface ISandboxNetwork : IDisposable
{
    /// <summary>Creates a socket that lives in this network.</summary>
    Task<Socket> CreateSocketAsync(AddressFamily family, SocketType type, ProtocolType protocol);

    /// <summary>
    /// Returns <paramref name="command"/> made to run inside this network, confined as the sandbox confines: in a fresh
    /// copy of its <see cref="ProgramCommand.Folders"/>, its <see cref="ProgramCommand.WritableFolders"/> writable in
    /// place and its <see cref="ProgramCommand.ReadOnlyPaths"/> readable, held by the kernel to <paramref
    /// name="limits"/>. Call it once per launch.
    /// </summary>
    Task<ProgramCommand> ConfineAsync(ProgramCommand command, LaunchLimits limits, CancellationToken cancellationToken);

    /// <summary>Whether the socket table holds only the program's sockets (a private network), so other ports in it are
    /// the program's.</summary>
    bool SeesOnlyTheProgram { get; }

    /// <summary>
    /// Why a program of this launch may be refused <paramref name="port"/> (a port below the network's first unprivileged
    /// one, for a program without the privilege), in words for a report; null when it may bind it.
    /// </summary>
    string? WhyPortIsPrivileged(int port) => null;

    /// <summary>The kernel's socket tables of this network, or null where the platform does not show them.</summary>
    SocketTable? ReadSocketTable();

    /// <summary>
    /// The sockets of this network with their ports and states, where <see cref="ReadSocketTable"/> gives more; where it
    /// gives nothing, what the platform's own tables show (listeners, bound UDP sockets, TCP connections and their
    /// states, none of their queues), or null. Enough to see a server ready and a port's TIME_WAITs, not what a
    /// socket holds unread.
    /// </summary>
    SocketTable? ReadSocketStates() => ReadSocketTable();

    /// <summary>
    /// Makes every address reach this network's loopback, where probes listening on the wildcard address hear a program
    /// that connects to any host, and a name server probe hears its name lookups. True when done; false where the
    /// sandbox cannot (its network is the machine's or a container's, which the grader never reroutes), and then probes
    /// listen on loopback only. Call it before the program starts.
    /// </summary>
    Task<bool> CatchEveryAddressAsync(CancellationToken cancellationToken) => Task.FromResult(false);

    /// <summary>The capture of this network's loopback, started when the network was opened, or null where the sandbox
    /// captures nothing.</summary>
    PacketCapture? Capture => null;

    /// <summary>
    /// Returns <paramref name="command"/>, one of the grader's own tools (a browser that loads a web server's page),
    /// made to reach this network as a probe does: not confined, since it is trusted, only placed in the network. The
    /// machine's network and a container's need nothing.
    /// </summary>
    ProgramCommand Join(ProgramCommand command) => command;
}
