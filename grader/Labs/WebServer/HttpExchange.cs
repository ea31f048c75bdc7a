namespace Grader.Labs.WebServer;

/// <summary>One request the probe sent a web server and every byte it got back.</summary>
/// <param name="Request">What was sent.</param>
/// <param name="Received">The bytes the server sent, until <paramref name="End"/>.</param>
/// <param name="End">Why the probe stopped reading.</param>
public sealed record HttpExchange(RawRequest Request, byte[] Received, ReplyEnd End);
