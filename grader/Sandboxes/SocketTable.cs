using System.Globalization;
using System.Net;
using Grader.Rubric;

namespace Grader.Sandboxes;

/// <summary>
/// The kernel's view of the sockets in one network, read from <c>/proc/net/{tcp,tcp6,udp,udp6}</c>.
/// A TCP socket serves when it listens; a UDP socket serves as soon as it is bound.
/// </summary>
public sealed class SocketTable(IReadOnlyList<SocketEntry> entries)
{
    private const string TcpListen = "0A";

    /// <summary>Every socket in the table.</summary>
    public IReadOnlyList<SocketEntry> Entries { get; } = entries;

    /// <summary>Whether a socket serves <paramref name="transport"/> on <paramref name="port"/>.</summary>
    public bool IsServing(Transport transport, int port) =>
        Entries.Any(e => e.Transport == transport && e.LocalPort == port && e.Serving);

    /// <summary>How many connections wait to be accepted on the TCP socket listening on <paramref name="port"/>, or
    /// null if none listens.</summary>
    public int? AcceptQueue(int port) =>
        Entries.FirstOrDefault(e => e.Transport == Transport.Tcp && e.LocalPort == port && e.Serving)?.Queued;

    /// <summary>The ports on which some socket serves <paramref name="transport"/>, lowest first.</summary>
    public IReadOnlyList<int> ServingPorts(Transport transport) =>
        Entries.Where(e => e.Transport == transport && e.Serving).Select(e => e.LocalPort).Distinct().Order().ToList();

    /// <summary>Reads the tables through <paramref name="readTable"/>, which maps a name such as <c>tcp6</c> to its
    /// text.</summary>
    public static SocketTable Read(Func<string, string> readTable)
    {
        var entries = new List<SocketEntry>();
        foreach (
            var (name, transport) in new[]
            {
                ("tcp", Transport.Tcp),
                ("tcp6", Transport.Tcp),
                ("udp", Transport.Udp),
                ("udp6", Transport.Udp),
            }
        )
            entries.AddRange(Parse(transport, readTable(name)));
        return new SocketTable(entries);
    }

    /// <summary>Parses one table in the kernel's text format.</summary>
    public static IEnumerable<SocketEntry> Parse(Transport transport, string text)
    {
        foreach (var line in text.Split('\n').Skip(1))
        {
            // "  0: 00000000:2EE0 00000000:0000 0A ..." : local address:port in hex, remote, state.
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 4)
                continue;
            var colon = fields[1].LastIndexOf(':');
            if (
                colon < 0
                || !int.TryParse(
                    fields[1].AsSpan(colon + 1),
                    NumberStyles.HexNumber,
                    CultureInfo.InvariantCulture,
                    out var port
                )
            )
                continue;
            var serving = transport == Transport.Udp || fields[3] == TcpListen;
            // "tx_queue:rx_queue" in hex; for a listening socket rx_queue is the accept queue's length.
            var queues = fields.Length > 4 ? fields[4].Split(':') : [];
            var queued =
                queues.Length == 2
                && int.TryParse(queues[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var q)
                    ? q
                    : 0;
            var unsent =
                queues.Length == 2
                && int.TryParse(queues[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var u)
                    ? u
                    : 0;
            var state = int.TryParse(fields[3], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var number)
                ? number
                : 0;
            var inode =
                fields.Length > 9
                && long.TryParse(fields[9], NumberStyles.Integer, CultureInfo.InvariantCulture, out var node)
                    ? node
                    : 0;
            yield return new SocketEntry(transport, port, serving, queued)
            {
                Remote = Address(fields[2]),
                Local = Address(fields[1]),
                Unsent = transport == Transport.Tcp && !serving ? unsent : 0,
                State = state,
                Inode = inode,
            };
        }
    }

    // "0100007F:2EE0": the address as the kernel's 32-bit words in the host's byte order, then the port; null when
    // unset.
    private static IPEndPoint? Address(string field)
    {
        var colon = field.LastIndexOf(':');
        if (
            colon is not (8 or 32)
            || !int.TryParse(
                field.AsSpan(colon + 1),
                NumberStyles.HexNumber,
                CultureInfo.InvariantCulture,
                out var port
            )
        )
            return null;
        var bytes = new byte[colon / 2];
        for (var word = 0; word < colon / 8; word++)
        {
            if (
                !uint.TryParse(
                    field.AsSpan(word * 8, 8),
                    NumberStyles.HexNumber,
                    CultureInfo.InvariantCulture,
                    out var value
                )
            )
                return null;
            if (!BitConverter.TryWriteBytes(bytes.AsSpan(word * 4, 4), value))
                return null;
        }
        var address = new IPAddress(bytes);
        return port == 0 && (address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
            ? null
            : new IPEndPoint(address, port);
    }
}
