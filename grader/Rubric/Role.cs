using Grader.Sandboxes;

namespace Grader.Rubric;

/// <summary>The five programs of the lab.</summary>
public enum Role
{
    /// <summary>The TCP client (<c>TCPClient.py</c>).</summary>
    TcpClient,

    /// <summary>The sequential TCP server (<c>TCPServer.py</c>).</summary>
    TcpServer,

    /// <summary>The concurrent TCP server (<c>TCPServerConcurrent.py</c>).</summary>
    TcpServerConcurrent,

    /// <summary>The UDP client (<c>UDPClient.py</c>).</summary>
    UdpClient,

    /// <summary>The UDP server (<c>UDPServer.py</c>).</summary>
    UdpServer,
}
