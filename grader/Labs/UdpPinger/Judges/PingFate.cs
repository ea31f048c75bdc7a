namespace Grader.Labs.UdpPinger.Judges;

/// <summary>What the probe server does with one ping, by its place in the order the pings arrive.</summary>
/// <param name="Position">1 for the first ping to arrive, 2 for the second, and so on.</param>
/// <param name="Dropped">Whether the probe drops it, as a lost packet.</param>
/// <param name="Delay">How long the probe holds the reply before sending it; zero for a dropped ping.</param>
public sealed record PingFate(int Position, bool Dropped, TimeSpan Delay);
