namespace Grader.Languages;

/// <summary>One thing a line of code can show about a program, which the program classifier combines into a kind
/// of program.</summary>
public enum SocketFact
{
    /// <summary>It opens a TCP socket.</summary>
    Tcp,

    /// <summary>It opens a UDP socket.</summary>
    Udp,

    /// <summary>It serves: listens for or accepts connections, or is a server class of a library.</summary>
    Serves,

    /// <summary>It connects to a server (TCP), or a UDP socket to one.</summary>
    Connects,

    /// <summary>It binds a socket to a port of its own.</summary>
    Binds,

    /// <summary>It receives data (what a UDP server does first).</summary>
    Receives,

    /// <summary>It sends data (what a UDP client does first).</summary>
    Sends,

    /// <summary>It serves connections side by side: threads, processes, an event loop.</summary>
    Concurrent,
}
