using System.Net;

namespace Grader.Probes;

/// <summary>A datagram received by a probe: the bytes and where they came from.</summary>
public sealed record Datagram(byte[] Bytes, IPEndPoint From)
{
    /// <summary>The address and port it was sent to, where the probe's socket was told (<see
    /// cref="ProbeSockets.ReceiveAsync"/>); else null.</summary>
    public IPEndPoint? To { get; init; }

    /// <summary>The bytes as text, for messages.</summary>
    public string Text => WireText.Show(Bytes);
}
