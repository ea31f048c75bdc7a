using System.Globalization;
using System.Net;
using Grader.Launching;
using Grader.Rubric;
using Grader.Sandboxes;

namespace Grader.Checks.Clients;

/// <summary>
/// What the kernel shows of a client's own sockets. Where the sandbox cannot deliver every address to the probes (the
/// direct and docker sandboxes), a client connecting to another host is seen there: its TCP socket waiting for an
/// answer (SYN_SENT) from that host, or its UDP socket connected to it, found among its open files by the socket's
/// inode.
/// </summary>
internal static class ClientSockets
{
    private static readonly TimeSpan FirstPoll = TimeSpan.FromMilliseconds(1);
    private static readonly TimeSpan LongestPoll = TimeSpan.FromMilliseconds(20);

    // The kernel's socket states: a TCP socket that has sent its SYN and waits, a UDP socket with a remote address.
    private const int TcpSynSent = 2,
        UdpConnected = 1;

    /// <summary>
    /// Watches <paramref name="program"/>'s sockets until one connects to <paramref name="port"/> on a host other than
    /// loopback, and returns that host; null once the program has ended or <paramref name="cancellationToken"/> is
    /// cancelled (the program reached the probe after all).
    /// </summary>
    public static async Task<IPEndPoint?> ConnectingElsewhereAsync(
        RunningProgram program,
        int port,
        CancellationToken cancellationToken
    )
    {
        var poll = FirstPoll;
        try
        {
            while (program.IsRunning)
            {
                if (Elsewhere(program.ProcessId, port) is { } host)
                    return host;
                await Task.WhenAny(program.Exited, Task.Delay(poll, cancellationToken));
                cancellationToken.ThrowIfCancellationRequested();
                poll = TimeSpan.FromTicks(Math.Min(poll.Ticks * 2, LongestPoll.Ticks));
            }
        }
        catch (OperationCanceledException)
        {
            // The client reached the probe: nothing to watch for.
        }
        return null;
    }

    /// <summary>The host other than loopback that a socket of the process tree under <paramref name="rootId"/> is
    /// connecting to on <paramref name="port"/>, or null.</summary>
    public static IPEndPoint? Elsewhere(int rootId, int port)
    {
        if (!OperatingSystem.IsLinux())
            return null;
        var inodes = new HashSet<long>();
        foreach (var pid in ProcessTree.WithDescendants(rootId))
        {
            try
            {
                foreach (var fd in Directory.EnumerateFileSystemEntries($"/proc/{pid}/fd"))
                {
                    // "socket:[123456]"
                    if (
                        new FileInfo(fd).LinkTarget is { } target
                        && target.StartsWith("socket:[", StringComparison.Ordinal)
                        && long.TryParse(
                            target.AsSpan(8, target.Length - 9),
                            NumberStyles.None,
                            CultureInfo.InvariantCulture,
                            out var inode
                        )
                    )
                        inodes.Add(inode);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Ended while looked at, or another user's process the grader may not look into.
            }
        }
        if (inodes.Count == 0)
            return null;
        SocketTable table;
        try
        {
            table = SocketTable.Read(name => File.ReadAllText($"/proc/{rootId}/net/{name}"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        return table
            .Entries.FirstOrDefault(e =>
                inodes.Contains(e.Inode)
                && e.Remote is { } remote
                && remote.Port == port
                && !IPAddress.IsLoopback(remote.Address)
                && e.State == (e.Transport == Transport.Tcp ? TcpSynSent : UdpConnected)
            )
            ?.Remote;
    }

    /// <summary>
    /// Whether nothing the client sent to the probe listening on <paramref name="port"/> is on its way or unread: every
    /// connection to the probe (accepted or still in its queue) holds no byte unread on the probe's side, and the
    /// client's side of each has none unacknowledged. While it holds and the probe has not replied, the probe owes the
    /// client nothing. False where the sandbox cannot read its socket table.
    /// </summary>
    public static bool ClientSentNothing(SocketTable? table, int port) =>
        table is not null
        && ProbeSide(table, port) is var probeSide
        && probeSide.All(e => e.Queued == 0)
        && ClientSide(table, probeSide).All(e => e.Unsent == 0);

    /// <summary>
    /// Whether every byte the probe listening on <paramref name="port"/> wrote to the client has reached it: none of
    /// the probe's connections holds bytes the client's side has not acknowledged. False where the sandbox cannot read
    /// its socket table.
    /// </summary>
    public static bool ProbeSentAll(SocketTable? table, int port) =>
        table is not null && ProbeSide(table, port).All(e => e.Unsent == 0);

    // The probe's side of each TCP connection to it: bound to its port, not the listening socket. Where the sandbox
    // leads every address to the probe, the client's side may name another destination, so it is found by its port.
    private static List<SocketEntry> ProbeSide(SocketTable table, int port) =>
        table.Entries.Where(e => e.Transport == Transport.Tcp && e.LocalPort == port && !e.Serving).ToList();

    private static IEnumerable<SocketEntry> ClientSide(SocketTable table, List<SocketEntry> probeSide)
    {
        var clientPorts = probeSide.Select(e => e.Remote?.Port).OfType<int>().ToHashSet();
        return table.Entries.Where(e =>
            e.Transport == Transport.Tcp && !e.Serving && clientPorts.Contains(e.LocalPort)
        );
    }
}
