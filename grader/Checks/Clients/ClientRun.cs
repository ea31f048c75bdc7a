using Grader.Launching;
using Grader.Results;
using Grader.Sandboxes;

namespace Grader.Checks.Clients;

/// <summary>What a student's client did in one run against the grader's probe server.</summary>
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
    Transport Transport,
    string Line,
    string Token,
    bool Contacted,
    byte[]? Request,
    int Requests,
    bool ClosedConnection,
    ProgramExit Exit,
    IReadOnlyList<TranscriptEntry> Transcript)
{
    /// <summary>Why the run says nothing about the client's protocol (it never reached the server), or null.</summary>
    public string? FatalProblem => Contacted
        ? null
        : $"the client never {(Transport == Transport.Tcp ? "connected to" : "sent a datagram to")} the server on port 12000; it {ProgramDiagnosis.HowItEnded(Exit)}";
}
