namespace Grader.Rubric;

/// <summary>
/// One program of a lab, as data: its name in reports, assignment files and manifests (<c>tcp-server</c>), whether the
/// grader probes it as a client (a server) or serves it (a client), and the transport it speaks. A lab defines its roles;
/// two roles are the same when their name, kind and transport are. How its program is found in a submission is <see
/// cref="Files"/>.
/// </summary>
/// <param name="Name">Its name, such as <c>tcp-server</c> or <c>web-server</c>.</param>
/// <param name="Kind">Server or client.</param>
/// <param name="Transport">TCP or UDP.</param>
public sealed record Role(string Name, RoleKind Kind, Transport Transport)
{
    // Words that make a TCP server the concurrent one, never the sequential one.
    private const string Concurrency = "concurren|thread|multi|parallel|fork";

    // UDP, and its common typo UPD (UPDClient.py), but not "update".
    private const string Udp = "udp|upd(?!ate)";

    /// <summary>The TCP client of lab 1 (<c>TCPClient.py</c>).</summary>
    public static readonly Role TcpClient = new("tcp-client", RoleKind.Client, Transport.Tcp)
    {
        Files = new(
            ["TCPClient", "tcp_client", "client_tcp"],
            $"^(?=.*tcp)(?=.*client)(?!.*(server|{Udp}|test))",
            [],
            "no file that connects to a TCP server"
        ),
    };

    /// <summary>The sequential TCP server of lab 1 (<c>TCPServer.py</c>).</summary>
    public static readonly Role TcpServer = new("tcp-server", RoleKind.Server, Transport.Tcp)
    {
        Files = new(
            [
                "TCPServer",
                "tcp_server",
                "server_tcp",
                "TCPServerSequential",
                "TCPServerIterative",
                "SequentialTCPServer",
                "IterativeTCPServer",
            ],
            $"^(?=.*tcp)(?=.*server)(?!.*(client|{Udp}|test|{Concurrency}))",
            [],
            "no file that serves TCP connections"
        ),
    };

    /// <summary>The concurrent TCP server of lab 1 (<c>TCPServerConcurrent.py</c>).</summary>
    public static readonly Role TcpServerConcurrent = new("tcp-server-concurrent", RoleKind.Server, Transport.Tcp)
    {
        Files = new(
            [
                "TCPServerConcurrent",
                "TCPServer_thread",
                "TCPServerThreaded",
                "TCPServer_concurrent",
                "ConcurrentTCPServer",
                "TCPMultiServer",
                "TCPServerMulti",
                "TCPServerMultithreaded",
                "MultithreadedTCPServer",
                "ThreadedTCPServer",
                "TCPThreadedServer",
                "TCPConcurrentServer",
                "TCPServerThreading",
                "TCPServerThreads",
                "TCPThreads",
            ],
            // A word of concurrency makes a TCP program a concurrent server even without "server" (TCPthreads), unless
            // it is a client.
            $"^(?=.*tcp)(?=.*({Concurrency}))(?=.*server|(?!.*client))(?!.*({Udp}|test))",
            [],
            "no TCP server that serves connections side by side (threads, processes, select or asyncio)"
        ),
    };

    /// <summary>The UDP client of lab 1 (<c>UDPClient.py</c>).</summary>
    public static readonly Role UdpClient = new("udp-client", RoleKind.Client, Transport.Udp)
    {
        Files = new(
            ["UDPClient", "udp_client", "client_udp"],
            $"^(?=.*({Udp}))(?=.*client)(?!.*(server|tcp|test))",
            [],
            "no file that sends a datagram to a UDP server"
        ),
    };

    /// <summary>The UDP server of lab 1 (<c>UDPServer.py</c>).</summary>
    public static readonly Role UdpServer = new("udp-server", RoleKind.Server, Transport.Udp)
    {
        Files = new(
            ["UDPServer", "udp_server", "server_udp"],
            $"^(?=.*({Udp}))(?=.*server)(?!.*(client|tcp|test))",
            [],
            "no file that binds a UDP port and answers the datagrams it receives"
        ),
    };

    /// <summary>How its program is found in a submission: usual file names, marks in the source.</summary>
    public RoleFiles Files { get; init; } = RoleFiles.None;

    /// <summary>Whether the role is a server, which the grader probes as a client.</summary>
    public bool IsServer => Kind == RoleKind.Server;

    /// <summary>Whether <paramref name="other"/> is the same role: same name, kind and transport.</summary>
    public bool Equals(Role? other) =>
        other is not null && Name == other.Name && Kind == other.Kind && Transport == other.Transport;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Kind, Transport);

    /// <inheritdoc />
    public override string ToString() => Name;
}
