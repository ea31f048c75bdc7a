using Grader.Rubric;

namespace Grader.Labs.Lab1Sockets;

/// <summary>The five programs of lab 1, the socket lab, as data: their names, the file names students give them, and
/// what tells them apart.</summary>
public static class SocketRoles
{
    // Words that make a TCP server the concurrent one, never the sequential one.
    private const string Concurrency = "concurren|thread|multi|parallel|fork";

    // UDP, and its common typo UPD (UPDClient.py), but not "update".
    private const string Udp = "udp|upd(?!ate)";

    /// <summary>The TCP client (<c>TCPClient.py</c>).</summary>
    public static readonly Role TcpClient = new("tcp-client", RoleKind.Client, Transport.Tcp)
    {
        Files = new(
            ["TCPClient", "tcp_client", "client_tcp"],
            $"^(?=.*tcp)(?=.*client)(?!.*(server|{Udp}|test))",
            [],
            "no file that connects to a TCP server"
        ),
    };

    /// <summary>The sequential TCP server (<c>TCPServer.py</c>).</summary>
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

    /// <summary>The concurrent TCP server (<c>TCPServerConcurrent.py</c>).</summary>
    public static readonly Role TcpServerConcurrent = new("tcp-server-concurrent", RoleKind.Server, Transport.Tcp)
    {
        ServesSideBySide = true,
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

    /// <summary>The UDP client (<c>UDPClient.py</c>).</summary>
    public static readonly Role UdpClient = new("udp-client", RoleKind.Client, Transport.Udp)
    {
        Files = new(
            ["UDPClient", "udp_client", "client_udp"],
            $"^(?=.*({Udp}))(?=.*client)(?!.*(server|tcp|test))",
            [],
            "no file that sends a datagram to a UDP server"
        ),
    };

    /// <summary>The UDP server (<c>UDPServer.py</c>).</summary>
    public static readonly Role UdpServer = new("udp-server", RoleKind.Server, Transport.Udp)
    {
        Files = new(
            ["UDPServer", "udp_server", "server_udp"],
            $"^(?=.*({Udp}))(?=.*server)(?!.*(client|tcp|test))",
            [],
            "no file that binds a UDP port and answers the datagrams it receives"
        ),
    };

    /// <summary>Every role of lab 1, in the lab's order.</summary>
    public static IReadOnlyList<Role> All { get; } = [TcpClient, TcpServer, TcpServerConcurrent, UdpClient, UdpServer];

    /// <summary>The role of lab 1 named <paramref name="name"/>, such as <c>udp-client</c>.</summary>
    /// <exception cref="ArgumentException">No role of lab 1 has that name.</exception>
    public static Role Named(string name) =>
        All.FirstOrDefault(r => r.Name == name)
        ?? throw new ArgumentException($"no role '{name}' in lab 1", nameof(name));
}
