using System.Buffers.Binary;

namespace Grader.Results;

/// <summary>
/// Hides a lab's secrets in captured packets: each TCP connection's bytes one way are put back in order by sequence
/// number, the lab's <see cref="IPayloadRedactor"/> names the secrets' ranges, and those bytes of every segment that
/// carries them are overwritten with <c>*</c>, so the capture keeps its lengths and sequence numbers.
/// </summary>
public static class PacketRedaction
{
    private const byte Hidden = (byte)'*';
    private const int EthernetHeader = 14,
        Ipv6Header = 40;
    private const ushort Ipv4Type = 0x0800,
        Ipv6Type = 0x86DD;
    private const byte Tcp = 6;

    /// <summary>Overwrites, in place, the secrets <paramref name="redactor"/> finds in <paramref
    /// name="packets"/>.</summary>
    public static void Apply(IReadOnlyList<CapturedPacket> packets, IPayloadRedactor redactor)
    {
        ArgumentNullException.ThrowIfNull(packets);
        ArgumentNullException.ThrowIfNull(redactor);
        var flows = new Dictionary<string, List<(CapturedPacket Packet, int Payload, int Length, uint Sequence)>>();
        foreach (var packet in packets)
            if (TcpPayload(packet.Frame) is { } segment)
            {
                if (!flows.TryGetValue(segment.Flow, out var list))
                    flows[segment.Flow] = list = [];
                list.Add((packet, segment.Payload, segment.Length, segment.Sequence));
            }
        foreach (var segments in flows.Values)
        {
            var first = segments[0].Sequence;
            var length = segments.Max(s => (long)(uint)(s.Sequence - first) + s.Length);
            if (length > int.MaxValue / 2)
                continue;
            var stream = new byte[length];
            foreach (var (packet, payload, count, sequence) in segments)
                packet.Frame.AsSpan(payload, count).CopyTo(stream.AsSpan((int)(uint)(sequence - first)));
            foreach (var secret in redactor.Secrets(stream))
            {
                var (start, size) = secret.GetOffsetAndLength(stream.Length);
                foreach (var (packet, payload, count, sequence) in segments)
                {
                    var at = (int)(uint)(sequence - first);
                    var from = Math.Max(start, at);
                    var to = Math.Min(start + size, at + count);
                    if (from < to)
                        packet.Frame.AsSpan(payload + from - at, to - from).Fill(Hidden);
                }
            }
        }
    }

    // Where a TCP segment's payload starts in an Ethernet frame, how long it is, its sequence number, and its
    // connection and direction; null for anything else or an empty payload.
    private static (string Flow, int Payload, int Length, uint Sequence)? TcpPayload(byte[] frame)
    {
        if (frame.Length < EthernetHeader)
            return null;
        var ip = frame.AsSpan(EthernetHeader);
        int header,
            total;
        string addresses;
        switch (BinaryPrimitives.ReadUInt16BigEndian(frame.AsSpan(12)))
        {
            case Ipv4Type when ip.Length >= 20 && ip[9] == Tcp:
                header = (ip[0] & 0x0F) * 4;
                total = Math.Min(BinaryPrimitives.ReadUInt16BigEndian(ip[2..]), ip.Length);
                addresses = Convert.ToHexString(ip[12..20]);
                break;
            case Ipv6Type when ip.Length >= Ipv6Header && ip[6] == Tcp:
                header = Ipv6Header;
                total = Math.Min(Ipv6Header + BinaryPrimitives.ReadUInt16BigEndian(ip[4..]), ip.Length);
                addresses = Convert.ToHexString(ip[8..40]);
                break;
            default:
                return null;
        }
        if (total < header + 20)
            return null;
        var tcp = ip[header..total];
        var offset = (tcp[12] >> 4) * 4;
        if (offset < 20 || offset >= tcp.Length)
            return null;
        var ports = Convert.ToHexString(tcp[..4]);
        return (
            addresses + ports,
            EthernetHeader + header + offset,
            tcp.Length - offset,
            BinaryPrimitives.ReadUInt32BigEndian(tcp[4..])
        );
    }
}
