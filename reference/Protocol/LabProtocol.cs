namespace Reference.Protocol;

/// <summary>
/// The fixed facts of the lab's wire protocol and console dialogue, as the lecture's Python programs have them.
/// </summary>
public static class LabProtocol
{
    /// <summary>The port every lecture program hard-codes.</summary>
    public const int DefaultPort = 12000;

    /// <summary>The host every lecture client hard-codes.</summary>
    public const string DefaultHost = "localhost";

    /// <summary>The size of the single TCP read (<c>recv(1024)</c>) that makes up one request or one reply.</summary>
    public const int TcpReadSize = 1024;

    /// <summary>
    /// The receive buffer for datagrams: the largest UDP payload, so a datagram longer than the lecture's 1024 bytes
    /// is answered whole instead of being truncated.
    /// </summary>
    public const int MaxDatagramSize = 65_535;

    /// <summary>The backlog the lecture's TCP servers pass to <c>listen</c>.</summary>
    public const int ListenBacklog = 5;

    /// <summary>The prompt a client prints, without a newline, before it reads the sentence.</summary>
    public const string Prompt = "Input a lowercase sentence:";

    /// <summary>The line a server prints once it can receive.</summary>
    public const string ReadyLine = "The server is ready to receive";

    /// <summary>What a client prints before the server's reply (Python's <c>print("From Server:",
    /// reply)</c>).</summary>
    public const string ReplyPrefix = "From Server: ";
}
