namespace Grader.Checks.Clients;

/// <summary>One run of a client: how the probe server behaves, with what delay, and how long the client may
/// take.</summary>
/// <param name="Behaviour">The probe server's behaviour.</param>
/// <param name="Delay">How long a slow reply waits.</param>
/// <param name="Deadline">How long the client may run before it is stopped.</param>
public sealed record ClientScenario(ProbeBehaviour Behaviour, TimeSpan Delay, TimeSpan Deadline)
{
    /// <summary>
    /// Whether the probe serves the client at whatever host it names, as the assignment's <c>accept-other-hosts</c>
    /// allows: any address, and any name looked up (answered with 127.0.0.1). Otherwise a client that connects to a
    /// host other than localhost is told which one it tried.
    /// </summary>
    public bool AcceptsOtherHosts { get; init; }
}
