using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Grader.Labs.UdpPinger.Judges;
using Grader.Launching;
using Grader.Probes;
using Grader.Results;
using Grader.Rubric;
using Grader.Sandboxes;

namespace Grader.Labs.UdpPinger.Probe;

/// <summary>
/// The grader's stand-in for the handout's ping server, in a sandbox network: it plays a <see cref="PingPlan"/>,
/// dropping the planned pings and holding the reply to each other one (the ping upper-cased, as the handout's server
/// answers) by its planned delay, and records every datagram as a <see cref="ServedPing"/> and in the transcript. Its
/// times are on the real-time clock from its start, a ping's arrival as the kernel stamped it (<see
/// cref="ArrivalStamps"/>).
/// </summary>
internal sealed class PingProbeServer : IAsyncDisposable
{
    private const string Peer = "client";

    private readonly ProbeSockets _sockets;
    private readonly PingPlan _plan;
    private readonly Transcript _transcript;
    private readonly DateTime _origin = DateTime.UtcNow;
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _gate = new();
    private readonly List<Served> _served = [];
    private readonly List<(TimeSpan At, TimeSpan ClientWaited)> _replySamples = [];
    private readonly List<Task> _replies = [];
    private readonly List<Task> _receivers = [];
    private readonly Dictionary<Socket, Task<Datagram>> _receiving = [];
    private TaskCompletionSource _arrival = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ProgramStopwatch? _client;
    private bool _stopped;
    private int _unstamped;

    private PingProbeServer(ProbeSockets sockets, PingPlan plan, Transcript transcript)
    {
        _sockets = sockets;
        _plan = plan;
        _transcript = transcript;
    }

    /// <summary>Binds <paramref name="port"/> on 127.0.0.1 and ::1 (where the network has IPv6), or with <paramref
    /// name="everyAddress"/> on the wildcard addresses, and starts serving by <paramref name="plan"/>.</summary>
    public static async Task<PingProbeServer> StartAsync(
        ISandboxNetwork network,
        int port,
        bool everyAddress,
        PingPlan plan,
        Transcript transcript,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(network);
        var sockets = await ProbeSockets.BindAsync(
            network,
            Transport.Udp,
            port,
            everyAddress,
            ArrivalStamps.Enable,
            cancellationToken
        );
        var server = new PingProbeServer(sockets, plan, transcript);
        foreach (var socket in sockets.All)
            server._receivers.Add(server.ReceiveAsync(socket));
        return server;
    }

    /// <summary>The time on the server's clock: since its start.</summary>
    public TimeSpan Now => DateTime.UtcNow - _origin;

    /// <summary>How many pings have arrived, and whether the last of them was dropped.</summary>
    public (int Count, bool LastDropped) State
    {
        get
        {
            lock (_gate)
                return (_served.Count, _served.Count > 0 && _served[^1].Dropped);
        }
    }

    /// <summary>Whether the probe owes the client nothing now: every reply it will send is sent, no ping waits unread
    /// in its sockets, and none has been read but not yet served (a receive that has taken a datagram completes before
    /// the probe gets round to it, which load may delay).</summary>
    public bool OwesNothing
    {
        get
        {
            try
            {
                lock (_gate)
                    return _replies.All(r => r.IsCompleted)
                        && _receiving.Values.All(r => !r.IsCompleted)
                        && _sockets.All.All(s => s.Available == 0);
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }

    /// <summary>Completes when the next ping arrives.</summary>
    public Task NextArrival
    {
        get
        {
            lock (_gate)
                return _arrival.Task;
        }
    }

    /// <summary>Measures the client's waits for a CPU from now on (<paramref name="client"/>, started at its
    /// launch), which widen the tolerance of each ping's timing by what load added to it.</summary>
    public void Watch(ProgramStopwatch client)
    {
        lock (_gate)
            _client = client;
    }

    /// <summary>Stops serving (a reply not sent yet is never sent) and returns every ping served, in order of
    /// arrival.</summary>
    public async Task<IReadOnlyList<ServedPing>> StopAsync()
    {
        var waited = ClientWaited();
        lock (_gate)
            _stopped = true;
        await _stop.CancelAsync();
        _sockets.Dispose();
        await Task.WhenAll(_receivers);
        Task[] replies;
        lock (_gate)
            replies = [.. _replies];
        await Task.WhenAll(replies);
        lock (_gate)
            return [.. _served.Select(s => s.ToServedPing(waited))];
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested)
            await StopAsync();
        _stop.Dispose();
    }

    // The client's total wait for a CPU so far (its clock's real time less its own time): read after its own time, so
    // never less than the truth.
    private TimeSpan ClientWaited()
    {
        ProgramStopwatch? client;
        lock (_gate)
            client = _client;
        if (client is null)
            return TimeSpan.Zero;
        var own = client.Elapsed;
        return client.WallElapsed - own;
    }

    private async Task ReceiveAsync(Socket socket)
    {
        var buffer = new byte[65536];
        while (!_stop.IsCancellationRequested)
        {
            Datagram received;
            try
            {
                Task<Datagram> receiving;
                lock (_gate)
                    _receiving[socket] = receiving = ProbeSockets.ReceiveAsync(socket, buffer, _stop.Token);
                received = await receiving;
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
            {
                return;
            }
            catch (SocketException) when (!_stop.IsCancellationRequested)
            {
                continue; // an error a datagram left on the socket (an ICMP reply to an earlier send)
            }
            catch (SocketException)
            {
                return;
            }
            var now = DateTime.UtcNow;
            // The kernel's stamp, unless it is missing or not of this datagram (a stamp can only be earlier than now).
            var stamp =
                ArrivalStamps.LastArrival(socket) is { } kernel && kernel <= now && now - kernel < MaxNoticeDelay
                    ? kernel
                    : now;
            if (stamp == now && Interlocked.Exchange(ref _unstamped, 1) == 0)
                _transcript.Note(
                    "the kernel did not stamp a ping's arrival: the probe times it when it reads it, which load may delay"
                );
            Arrived(socket, received.Bytes, received.From, received.To!, stamp - _origin);
            lock (_gate)
                _receiving.Remove(socket);
        }
    }

    // A kernel stamp older than this is taken for a stale one.
    private static readonly TimeSpan MaxNoticeDelay = TimeSpan.FromSeconds(30);

    private void Arrived(Socket socket, byte[] datagram, IPEndPoint from, IPEndPoint to, TimeSpan arrivedAt)
    {
        // Read outside the lock: it reads the client's threads' statistics. Read after the arrival, so it counts every
        // wait of the client up to its sending this ping, and so up to its receiving the previous reply.
        var waited = ClientWaited();
        Served served;
        TaskCompletionSource arrival;
        lock (_gate)
        {
            if (_stopped)
                return;
            if (_served.Count > 0)
                _served[^1].ClientWaitedAfter ??= waited;
            var position = _served.Count + 1;
            var fate = _plan.FateOf(position);
            // The client's waits before it sent this ping count from before the last reply it can have had: its
            // clock for this ping started after it.
            var before = _replySamples
                .Where(s => s.At < arrivedAt)
                .Select(s => s.ClientWaited)
                .DefaultIfEmpty(TimeSpan.Zero)
                .Max();
            served = new Served(position, arrivedAt, datagram, fate.Dropped, before, to);
            _served.Add(served);
            arrival = _arrival;
            _arrival = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        var delay = _plan.FateOf(served.Position).Delay;
        var fateText = served.Dropped ? "dropped, as if lost" : $"its reply held {Millis(delay)}";
        _transcript.Add(
            Peer,
            TranscriptEvent.Received,
            $"{WireText.Show(datagram)} (from {from}{(IPAddress.IsLoopback(to.Address) ? "" : $", sent to {to}")}; ping {served.Position}: {fateText})",
            datagram.Length
        );
        if (!served.Dropped)
        {
            var reply = ReplyAsync(socket, from, served, arrivedAt + delay);
            lock (_gate)
                _replies.Add(reply);
        }
        arrival.TrySetResult();
    }

    private async Task ReplyAsync(Socket socket, IPEndPoint to, Served served, TimeSpan due)
    {
        try
        {
            var left = due - Now;
            if (left > TimeSpan.Zero)
                await Task.Delay(left, _stop.Token);
            var reply = UpperCaseAscii(served.Datagram);
            var waited = ClientWaited();
            // Taken before the send: the client cannot have the reply earlier, so its RTT is never less than the hold.
            var repliedAt = Now;
            lock (_gate)
            {
                if (_stopped)
                    return;
                _replySamples.Add((repliedAt, waited));
            }
            _transcript.AddBytes(Peer, TranscriptEvent.Sent, reply);
            await socket.SendToAsync(reply, SocketFlags.None, to, _stop.Token);
            var sent = Now;
            lock (_gate)
            {
                served.RepliedAt = repliedAt;
                served.Reply = reply;
                served.Sending = sent - repliedAt;
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // The client had gone, or the run ended, before the reply was due: it is recorded as never sent.
        }
    }

    // As the handout's server answers: message.upper() of the bytes, which changes ASCII letters only.
    private static byte[] UpperCaseAscii(byte[] datagram) =>
        [.. datagram.Select(b => b is >= (byte)'a' and <= (byte)'z' ? (byte)(b - ('a' - 'A')) : b)];

    private static string Millis(TimeSpan time) =>
        $"{time.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms";

    // One ping as it is being served; what the judge gets is the immutable ServedPing.
    private sealed class Served(
        int position,
        TimeSpan arrivedAt,
        byte[] datagram,
        bool dropped,
        TimeSpan waitedBefore,
        IPEndPoint destination
    )
    {
        public int Position { get; } = position;

        public byte[] Datagram { get; } = datagram;

        public bool Dropped { get; } = dropped;

        public TimeSpan? RepliedAt { get; set; }

        public byte[]? Reply { get; set; }

        public TimeSpan Sending { get; set; }

        public TimeSpan? ClientWaitedAfter { get; set; }

        // The client's waits for a CPU between the last reply it can have had before this ping and the next ping (or
        // the end), and the probe's time in sending the reply: what load can have added to this ping's RTT, or to the
        // wait after it when dropped.
        public ServedPing ToServedPing(TimeSpan waitedAtEnd) =>
            new(Position, arrivedAt, Datagram, Dropped, RepliedAt, Reply)
            {
                Allowance = Sending + ((ClientWaitedAfter ?? waitedAtEnd) - waitedBefore),
                Destination = destination,
            };
    }
}
