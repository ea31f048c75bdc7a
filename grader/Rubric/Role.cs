namespace Grader.Rubric;

/// <summary>
/// One program of a lab, as data: its name in reports, assignment files and manifests (<c>tcp-server</c>), whether the
/// grader probes it as a client (a server) or serves it (a client), and the transport it speaks. A lab defines its roles;
/// two roles are the same when their name, kind and transport are.
/// </summary>
/// <param name="Name">Its name, such as <c>tcp-server</c> or <c>web-server</c>.</param>
/// <param name="Kind">Server or client.</param>
/// <param name="Transport">TCP or UDP.</param>
public sealed record Role(string Name, RoleKind Kind, Transport Transport)
{
    /// <summary>The TCP client of lab 1 (<c>TCPClient.py</c>).</summary>
    public static readonly Role TcpClient = new("tcp-client", RoleKind.Client, Transport.Tcp);

    /// <summary>The sequential TCP server of lab 1 (<c>TCPServer.py</c>).</summary>
    public static readonly Role TcpServer = new("tcp-server", RoleKind.Server, Transport.Tcp);

    /// <summary>The concurrent TCP server of lab 1 (<c>TCPServerConcurrent.py</c>).</summary>
    public static readonly Role TcpServerConcurrent = new("tcp-server-concurrent", RoleKind.Server, Transport.Tcp);

    /// <summary>The UDP client of lab 1 (<c>UDPClient.py</c>).</summary>
    public static readonly Role UdpClient = new("udp-client", RoleKind.Client, Transport.Udp);

    /// <summary>The UDP server of lab 1 (<c>UDPServer.py</c>).</summary>
    public static readonly Role UdpServer = new("udp-server", RoleKind.Server, Transport.Udp);

    /// <summary>Whether the role is a server, which the grader probes as a client.</summary>
    public bool IsServer => Kind == RoleKind.Server;

    /// <inheritdoc />
    public override string ToString() => Name;
}
