using System.Net;
using Grader.Launching;
using Grader.Probes;
using Grader.Results;
using Grader.Rubric;

namespace Grader.Checks.Clients;

/// <summary>What a student's client did in one run against the grader's probe server.</summary>
/// <param name="Scenario">How the probe server behaved.</param>
/// <param name="Transport">TCP or UDP.</param>
/// <param name="Line">The line typed on its standard input (without the newline).</param>
/// <param name="Token">What the probe server replied: a random word no client can guess.</param>
/// <param name="Contacted">Whether it connected (TCP) or sent a datagram (UDP).</param>
/// <param name="Request">The bytes of its request (one read, or one datagram), or null if it sent none.</param>
/// <param name="Requests">How many datagrams it sent (UDP) or 1 (TCP, when it sent anything).</param>
/// <param name="ClosedConnection">TCP: whether it closed the connection after the reply.</param>
/// <param name="Exit">How it ended and what it printed.</param>
/// <param name="Transcript">The exchange, as the probe server saw it.</param>
public sealed record ClientRun(
    ClientScenario Scenario,
    Transport Transport,
    string Line,
    string Token,
    bool Contacted,
    byte[]? Request,
    int Requests,
    bool ClosedConnection,
    ProgramExit Exit,
    IReadOnlyList<TranscriptEntry> Transcript
)
{
    /// <summary>The port the probe server listened on, the assignment's: where the lab's client sends.</summary>
    public required int Port { get; init; }

    /// <summary>The address and port its first connection or datagram went to, or null when it made none.</summary>
    public IPEndPoint? Destination { get; init; }

    /// <summary>The names it looked up through the system's resolver, where the sandbox hears them (localhost
    /// included).</summary>
    public IReadOnlyList<string> NamesLookedUp { get; init; } = [];

    /// <summary>Whether it spoke the other transport to the lab's port: a "TCP" client sending a datagram, a "UDP"
    /// client connecting.</summary>
    public bool UsedOtherTransport { get; init; }

    /// <summary>A host other than loopback that the kernel showed it connecting to, where the sandbox cannot reroute
    /// it, or null.</summary>
    public IPEndPoint? ConnectingTo { get; init; }

    /// <summary>Where its datagrams and connections went that no probe serves (another port, or the other transport),
    /// as a <see cref="DestinationWatch"/> saw them; empty when none went elsewhere or none was watched.</summary>
    public IReadOnlyList<StrayDestination> Strays { get; init; } = [];

    /// <summary>
    /// Whether the grader heard every address and port the client may have sent to (<see cref="Strays"/> is then
    /// complete); false where the sandbox lets it hear only the probe's port on loopback, which a verdict then says;
    /// null when the run does not say.
    /// </summary>
    public bool? EveryPortHeard { get; init; }

    /// <summary>What the client sends, as a verdict names it after "sent its": <c>datagram</c> by default, or
    /// <c>pings</c>.</summary>
    public string Sends { get; init; } = "datagram";

    /// <summary>What the kernel showed the client waiting in forever, with nothing more on its way to it, when the
    /// grader stopped it at once rather than at its deadline ("waits in `recvfrom` on a socket with no timeout"), or
    /// null.</summary>
    public string? Hang { get; init; }

    /// <summary>Why the run says nothing about the client's protocol (it never reached the server as the lab's client
    /// does), or null.</summary>
    public string? FatalProblem => Scenario.Behaviour == ProbeBehaviour.Absent ? null : ClientFaults.Fatal(this);

    /// <summary>What made the run say nothing, in a few words for the checks skipped because of it, or null.</summary>
    public string? FatalSummary =>
        FatalProblem is null ? null
        : UsedOtherTransport ? $"the client did not use {(Transport == Transport.Tcp ? "TCP" : "UDP")}"
        : !Contacted ? "the client never reached the server"
        : Request is null ? "the client sent no request"
        : "the client reached the server at another host than localhost";
}
