namespace Grader.Labs.WebServer.Judges;

/// <summary>One request the probe sent a web server and every byte it got back.</summary>
/// <param name="Request">What was sent.</param>
/// <param name="Received">The bytes the server sent, until <paramref name="End"/>.</param>
/// <param name="End">Why the probe stopped reading.</param>
public sealed record HttpExchange(RawRequest Request, byte[] Received, ReplyEnd End)
{
    /// <summary>When the read ended because the kernel showed the server waiting forever, what it waits in ("waits in
    /// `recvfrom` on a socket with no timeout"); else null.</summary>
    public string? Hang { get; init; }
}
