namespace Grader.Submissions;

/// <summary>What a source file does with sockets, as far as reading it tells.</summary>
internal enum ProgramKind
{
    /// <summary>Nothing the lab asks for, or more than one of its programs in one file.</summary>
    Unknown,

    /// <summary>Opens a TCP socket and connects to a server.</summary>
    TcpClient,

    /// <summary>Opens a TCP socket and accepts connections.</summary>
    TcpServer,

    /// <summary>Opens a UDP socket and sends a datagram to a server first.</summary>
    UdpClient,

    /// <summary>Binds a UDP socket and receives datagrams first.</summary>
    UdpServer,
}
