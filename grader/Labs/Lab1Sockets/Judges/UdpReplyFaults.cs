using System.Net;
using Grader.Checks;
using Grader.Launching;
using Grader.Rubric;
using Grader.Sandboxes;

namespace Grader.Labs.Lab1Sockets.Judges;

/// <summary>
/// Names why a UDP server's reply never came when the fault is the one real students make: replying with <c>send()</c>,
/// which has no destination on an unconnected socket, or which answers only the first client once the socket is
/// connected to it.
/// </summary>
public static class UdpReplyFaults
{
    private const string UseSendTo = "reply with sendto(reply, clientAddress)";

    /// <summary>
    /// Why <paramref name="program"/>, serving UDP on <paramref name="port"/>, sent no reply to <paramref
    /// name="client"/>, as its exit or the kernel's socket <paramref name="table"/> shows; null when neither shows that
    /// fault.
    /// </summary>
    public static string? Explain(RunningProgram program, SocketTable? table, int port, IPEndPoint client)
    {
        ArgumentNullException.ThrowIfNull(program);
        if (
            program.Exited is { IsCompletedSuccessfully: true, Result: var exit }
            && SentWithoutAddress(exit.StandardError)
        )
            return $"the server replies with send() on an unconnected UDP socket; {UseSendTo} (it {ProgramDiagnosis.HowItEnded(exit)})";
        // A UDP socket connected to one client hears only that client: the kernel drops every other client's datagram.
        var connected = table?.Entries.FirstOrDefault(e =>
            e.Transport == Transport.Udp && e.LocalPort == port && e.Remote is not null && !e.Remote.Equals(client)
        );
        return connected?.Remote is { } first
            ? $"the server's UDP socket is connected to an earlier client, {first} (connect() and send()), so it hears and answers only that one; {UseSendTo} on an unconnected socket"
            : null;
    }

    // EDESTADDRREQ in Python and C ("[Errno 89] Destination address required"); Java's DatagramSocket without an
    // address.
    private static bool SentWithoutAddress(string error) =>
        error.Contains("Destination address required", StringComparison.Ordinal)
        || error.Contains("IllegalArgumentException: Address not set", StringComparison.Ordinal);
}
