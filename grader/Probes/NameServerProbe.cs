using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Grader.Sandboxes;

namespace Grader.Probes;

/// <summary>
/// A name server on port 53 of a sandbox network that delivers every address to its loopback: the system's resolver
/// sends a program's name lookups there, wherever its configured name server is. It records each name looked up and
/// answers at once: <c>localhost</c> with loopback, any other name with "no such name" (NXDOMAIN), or, where the
/// assignment accepts other hosts, with 127.0.0.1, so the program reaches the probe server.
/// </summary>
public sealed class NameServerProbe : IDisposable
{
    /// <summary>The port it answers on: the name service's.</summary>
    public const int Port = 53;
    private const ushort TypeA = 1,
        TypeAaaa = 28,
        ClassIn = 1;
    private const int NoSuchName = 3;

    private readonly IReadOnlyList<Socket> _sockets;
    private readonly Transcript _transcript;
    private readonly bool _answerEveryName;
    private readonly string _why;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<string> _names = [];

    private NameServerProbe(IReadOnlyList<Socket> sockets, Transcript transcript, bool answerEveryName, string why)
    {
        _why = why;
        _sockets = sockets;
        _transcript = transcript;
        _answerEveryName = answerEveryName;
        foreach (var socket in sockets)
            _ = ServeAsync(socket);
    }

    /// <summary>
    /// Starts answering on port 53 of <paramref name="network"/>, which must deliver every address to its loopback;
    /// null when the port cannot be bound (the grader lacks the privilege), and then lookups fail as they would without
    /// it. With <paramref name="answerEveryName"/>, every name is answered with 127.0.0.1, for the reason the
    /// transcript gives (<paramref name="why"/>).
    /// </summary>
    public static async Task<NameServerProbe?> StartAsync(
        ISandboxNetwork network,
        Transcript transcript,
        bool answerEveryName,
        string why = "as the assignment accepts other hosts"
    )
    {
        var sockets = new List<Socket>();
        foreach (var address in new[] { IPAddress.Any, IPAddress.IPv6Any })
        {
            var socket = await network.CreateSocketAsync(address.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
            try
            {
                if (address.AddressFamily == AddressFamily.InterNetworkV6)
                    socket.DualMode = false;
                socket.Bind(new IPEndPoint(address, Port));
                sockets.Add(socket);
            }
            catch (SocketException)
            {
                socket.Dispose(); // no IPv6, or no privilege for port 53
            }
        }
        return sockets.Count == 0 ? null : new NameServerProbe(sockets, transcript, answerEveryName, why);
    }

    /// <summary>Every name looked up so far, in order, each once, without a trailing dot; <c>localhost</c>
    /// included.</summary>
    public IReadOnlyList<string> Names
    {
        get
        {
            lock (_names)
                return [.. _names];
        }
    }

    /// <summary>Whether <paramref name="name"/> is a name of this machine's loopback, which the lab's clients may look
    /// up.</summary>
    public static bool IsLocalhost(string name) =>
        name.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase);

    private async Task ServeAsync(Socket socket)
    {
        var buffer = new byte[2048];
        var any =
            socket.AddressFamily == AddressFamily.InterNetwork
                ? new IPEndPoint(IPAddress.Any, 0)
                : new IPEndPoint(IPAddress.IPv6Any, 0);
        while (!_stop.IsCancellationRequested)
        {
            SocketReceiveFromResult received;
            try
            {
                received = await socket.ReceiveFromAsync(buffer, SocketFlags.None, any, _stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return; // stopped
            }
            if (Answer(buffer.AsSpan(0, received.ReceivedBytes)) is not { } answer)
                continue;
            try
            {
                await socket.SendToAsync(answer, SocketFlags.None, received.RemoteEndPoint, _stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }
        }
    }

    // The reply to one query, or null for what is not a query with one question.
    private byte[]? Answer(ReadOnlySpan<byte> query)
    {
        if (query.Length < 12 || (query[2] & 0x80) != 0 || BinaryPrimitives.ReadUInt16BigEndian(query[4..]) != 1)
            return null;
        var name = new StringBuilder();
        var at = 12;
        while (at < query.Length && query[at] != 0)
        {
            var length = query[at];
            if (length > 63 || at + 1 + length > query.Length)
                return null; // compression or garbage: no query a resolver sends
            if (name.Length > 0)
                name.Append('.');
            name.Append(Encoding.ASCII.GetString(query.Slice(at + 1, length)));
            at += 1 + length;
        }
        if (at + 5 > query.Length)
            return null;
        var type = BinaryPrimitives.ReadUInt16BigEndian(query[(at + 1)..]);
        var questionEnd = at + 5;
        var looked = name.ToString();
        Record(looked, type);

        byte[]? address =
            IsLocalhost(looked)
                ? type switch
                {
                    TypeA => IPAddress.Loopback.GetAddressBytes(),
                    TypeAaaa => IPAddress.IPv6Loopback.GetAddressBytes(),
                    _ => null,
                }
            : _answerEveryName && type == TypeA ? IPAddress.Loopback.GetAddressBytes()
            : null;
        // Another type of an answered name exists, with no record of that type; an unanswered name does not exist.
        var exists = IsLocalhost(looked) || _answerEveryName;

        var reply = new List<byte>(query[..questionEnd].ToArray());
        reply[2] = (byte)(0x84 | (query[2] & 0x79)); // a response, authoritative, the query's opcode and "recursion desired"
        reply[3] = (byte)(0x80 | (exists ? 0 : NoSuchName)); // recursion available, and the outcome
        reply[6] = 0;
        reply[7] = (byte)(address is null ? 0 : 1);
        for (var i = 8; i < 12; i++)
            reply[i] = 0; // no authority, no additional records (nor the query's EDNS record)
        if (address is not null)
        {
            Span<byte> record = stackalloc byte[12];
            BinaryPrimitives.WriteUInt16BigEndian(record, 0xC00C); // the question's name
            BinaryPrimitives.WriteUInt16BigEndian(record[2..], type);
            BinaryPrimitives.WriteUInt16BigEndian(record[4..], ClassIn);
            BinaryPrimitives.WriteUInt32BigEndian(record[6..], 0); // not to be cached
            BinaryPrimitives.WriteUInt16BigEndian(record[10..], (ushort)address.Length);
            reply.AddRange(record.ToArray());
            reply.AddRange(address);
        }
        return [.. reply];
    }

    private void Record(string name, ushort type)
    {
        lock (_names)
        {
            if (!_names.Contains(name, StringComparer.OrdinalIgnoreCase))
                _names.Add(name);
        }
        var kind = type switch
        {
            TypeA => "IPv4",
            TypeAaaa => "IPv6",
            _ => $"type {type}",
        };
        var answer =
            IsLocalhost(name) ? "loopback"
            : _answerEveryName ? (type == TypeA ? $"127.0.0.1, {_why}" : "no such record")
            : "no such name";
        _transcript.Note(
            $"the client looked up the name `{WireText.Show(name, 80)}` ({kind} address); the grader's name server answered: {answer}"
        );
    }

    /// <summary>Stops answering.</summary>
    public void Dispose()
    {
        _stop.Cancel();
        foreach (var socket in _sockets)
            socket.Dispose();
        _stop.Dispose();
    }
}
