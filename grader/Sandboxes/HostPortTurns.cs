using Grader.Rubric;

namespace Grader.Sandboxes;

/// <summary>
/// The turns of the machine's own ports, shared by every sandbox that runs programs on them (direct, portable): the
/// lab's port of TCP and its port of UDP are two ports, so one launch at a time on each, across the whole grader.
/// </summary>
internal static class HostPortTurns
{
    private static readonly SemaphoreSlim Tcp = new(1, 1);
    private static readonly SemaphoreSlim Udp = new(1, 1);

    /// <summary>The turn of <paramref name="transport"/>'s port, or null for a launch that uses no port.</summary>
    public static SemaphoreSlim? Of(Transport? transport) =>
        transport switch
        {
            Transport.Tcp => Tcp,
            Transport.Udp => Udp,
            _ => null,
        };
}
