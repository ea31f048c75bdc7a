using Grader.Launching;
using Grader.Probes;
using Grader.Rubric;
using Grader.Sandboxes;

namespace Grader.Checks;

/// <summary>
/// A running student server and the probes that talk to it, as one check sees it. The grader keeps one server
/// process across checks (a new one when a check asks for it), so a server that dies is caught by the next check.
/// </summary>
public sealed class ServerUnderTest(
    ISandboxNetwork network,
    RunningProgram program,
    Transport transport,
    Assignment assignment
)
{
    /// <summary>The server's process.</summary>
    public RunningProgram Program { get; } = program;

    /// <summary>TCP or UDP.</summary>
    public Transport Transport { get; } = transport;

    /// <summary>The port it must serve on.</summary>
    public int Port { get; } = assignment.Port;

    /// <summary>The assignment's deadlines.</summary>
    public Timeouts Timeouts { get; } = assignment.Timeouts;

    private readonly HangWatch _hangs = assignment.Hangs;

    private int _servedClients;

    /// <summary>How many requests it has answered so far, across checks.</summary>
    public int ServedClients => Volatile.Read(ref _servedClients);

    /// <summary>What the checks learnt about the role's server that outlives one process (a fixed reply it sends),
    /// kept by the grader across the role's server processes.</summary>
    public RoleMemory Memory { get; set; } = new();

    /// <summary>Where the current check's probes record what they do; set by the grader for each check.</summary>
    public Transcript Transcript { get; set; } = new();

    /// <summary>Connects a TCP probe client.</summary>
    public Task<TcpConnection> ConnectAsync(string peer, CancellationToken cancellationToken) =>
        TcpConnection.ConnectAsync(network, Port, Transcript, peer, Timeouts.Reply, Program.Clock, cancellationToken);

    /// <summary>Counts one client served, for saying how many a server served before it ended.</summary>
    public void CountServed() => Interlocked.Increment(ref _servedClients);

    /// <summary>Returns <paramref name="command"/>, a tool of the grader's own (a browser), made to reach the server's
    /// network as the probes do.</summary>
    public ProgramCommand JoinNetwork(ProgramCommand command) => network.Join(command);

    /// <summary>Opens a UDP probe client.</summary>
    public Task<UdpProbeClient> OpenUdpAsync(string peer) =>
        UdpProbeClient.OpenAsync(network, Transcript, peer, Program.Clock);

    /// <summary>" within 2 s" while the server runs; nothing once it has ended, when the grader stops waiting at
    /// once.</summary>
    public string WithinReplyDeadline => Program.IsRunning ? $" within {Timeouts.Reply.TotalSeconds:0.#} s" : "";

    /// <summary>
    /// Waits until the server has read every byte sent to it so far (its connections on the port hold none unread, as
    /// the kernel's socket table shows), or <paramref name="atMost"/> has passed; true when it has read them.
    /// </summary>
    public async Task<bool> WaitUntilServerHasReadAsync(TimeSpan atMost, CancellationToken cancellationToken)
    {
        var clock = Program.Clock.StartNew();
        var hasRead = await PollTableAsync(
            table =>
                table
                    .Entries.Where(e => e.Transport == Transport && e.LocalPort == Port && !e.Serving)
                    .All(e => e.Queued == 0),
            atMost,
            Never,
            cancellationToken
        );
        if (hasRead is { } answer)
            return answer;
        // No table to read: the whole wait, as a deadline.
        await Program.Clock.DelayAsync(
            atMost - clock.Elapsed > TimeSpan.Zero ? atMost - clock.Elapsed : TimeSpan.Zero,
            cancellationToken
        );
        return false;
    }

    /// <summary>
    /// Waits until the server has closed its end of the connection whose probe end is <paramref name="probePort"/>
    /// (the kernel's table holds it neither established nor half-closed by the probe alone), has ended, or is seen by
    /// the kernel waiting forever, or until <paramref name="atMost"/> of its own time has passed; true when it closed
    /// it. A check that misbehaves on one connection waits here before its next client, so that it judges whether the
    /// server survives that connection, not how it serves two at once. Where the sandbox cannot read the table, at
    /// once false.
    /// </summary>
    public async Task<bool> WaitUntilServerClosedAsync(
        int probePort,
        TimeSpan atMost,
        CancellationToken cancellationToken
    )
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            var closed = await PollTableAsync(
                table =>
                    !table.Entries.Any(e =>
                        e.Transport == Transport.Tcp
                        && e.LocalPort == Port
                        && !e.Serving
                        && e.Remote?.Port == probePort
                        && e.State is TcpEstablished or TcpCloseWait
                    ),
                atMost,
                StuckAsync(stop.Token, unreadMayWait: true),
                cancellationToken
            );
            return closed ?? false;
        }
        finally
        {
            await stop.CancelAsync();
        }
    }

    // The kernel's TCP states (include/net/tcp_states.h): open, and closed by the other end only.
    private const int TcpEstablished = 1;
    private const int TcpCloseWait = 8;

    private static readonly Task Never = new TaskCompletionSource().Task;

    // Reads the socket table, every millisecond at first and every 10 ms at most, until holds says yes (true), or the
    // server has ended, until has completed or atMost of its own time has passed (false); null where the sandbox
    // cannot read the table.
    private async Task<bool?> PollTableAsync(
        Func<SocketTable, bool> holds,
        TimeSpan atMost,
        Task until,
        CancellationToken cancellationToken
    )
    {
        var clock = Program.Clock.StartNew();
        var poll = TimeSpan.FromMilliseconds(1);
        while (!clock.HasReached(atMost))
        {
            if (network.ReadSocketTable() is not { } table)
                return null;
            if (holds(table))
                return true;
            await Task.WhenAny(Program.Exited, until, Task.Delay(poll, cancellationToken));
            cancellationToken.ThrowIfCancellationRequested();
            if (!Program.IsRunning || until.IsCompleted)
                return false;
            poll = TimeSpan.FromTicks(Math.Min(poll.Ticks * 2, TimeSpan.FromMilliseconds(10).Ticks));
        }
        return false;
    }

    /// <summary>The sandbox's socket table (every socket of the server's network), or null where the sandbox cannot
    /// read it.</summary>
    public SocketTable? ReadSocketTable() => network.ReadSocketTable();

    /// <summary>
    /// Completes once the kernel shows the server waiting forever with nothing on its way to it or from it: every byte
    /// the probes sent it and it sent them acknowledged, none unread on its port (<see
    /// cref="RunningProgram.StuckAsync(HangWatch, Func{bool}, CancellationToken)"/>). Then it can never answer
    /// what it was sent; a check waiting for a reply decides at once rather than at its deadline. Never completes where
    /// the sandbox cannot tell, when the assignment waits deadlines out, or once <paramref name="cancellationToken"/> is
    /// cancelled. With <paramref name="unreadMayWait"/>, bytes the server has not read may wait on its port (a
    /// connection it never accepted, say): the caller knows no probe sends it more while it asks, so a server asleep
    /// beside them will never read them.
    /// </summary>
    public Task<StuckProgram> StuckAsync(CancellationToken cancellationToken, bool unreadMayWait = false) =>
        Program.StuckAsync(_hangs, unreadMayWait ? AllDelivered : NothingOnItsWay, cancellationToken);

    /// <summary>
    /// Reads the reply on <paramref name="connection"/> until the server closes it, <paramref name="timeout"/> passes
    /// with nothing or <paramref name="quietAfterData"/> with nothing more, or the kernel shows the server waiting
    /// forever with nothing on its way (<see cref="StuckAsync"/>, with <paramref name="unreadMayWait"/>): then what
    /// came is all that ever will, and the read ends at once. Returns the reply, and what the server waits in when the
    /// kernel ended the read (noted in the transcript).
    /// </summary>
    public async Task<(TcpReply Reply, StuckProgram? Stuck)> ReadReplyAsync(
        TcpConnection connection,
        TimeSpan timeout,
        TimeSpan quietAfterData,
        CancellationToken cancellationToken,
        bool unreadMayWait = false
    )
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var watching = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var silentForever = new CancellationTokenSource();
        var stuck = StuckAsync(watching.Token, unreadMayWait);
        var signal = stuck.ContinueWith(
            _ =>
            {
                try
                {
                    silentForever.Cancel();
                }
                catch (ObjectDisposedException)
                {
                    // The read had ended already.
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnRanToCompletion | TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default
        );
        var reply = await connection.ReadUntilClosedAsync(
            timeout,
            quietAfterData,
            cancellationToken,
            silentForever.Token
        );
        await watching.CancelAsync();
        if (reply.End != TcpEnd.TimedOut || !stuck.IsCompletedSuccessfully || !silentForever.IsCancellationRequested)
            return (reply, null);
        await signal;
        var read = unreadMayWait ? "with every byte sent to it delivered" : "having read the whole message";
        Transcript.Note(
            reply.Bytes.Length == 0
                ? $"the kernel shows the server {stuck.Result.Description}, {read}: it will never reply"
                : $"the kernel shows the server {stuck.Result.Description}, {read}: it will send nothing more"
        );
        return (reply, stuck.Result);
    }

    // Every probe's bytes have reached the server's sockets, and it has read them all.
    private bool NothingOnItsWay() =>
        AllDelivered()
        && network.ReadSocketTable() is { } table
        && table.Entries.Where(e => e.Transport == Transport && e.LocalPort == Port).All(e => e.Queued == 0);

    // Every byte either side wrote has reached the other: the probes' to the server's sockets, and the server's to the
    // probes' (a reply still on its way would otherwise be taken for silence).
    private bool AllDelivered() =>
        network.ReadSocketTable() is { } table
        && table.Entries.Where(e => e.Remote?.Port == Port || e.LocalPort == Port).All(e => e.Unsent == 0);

    /// <summary>How many connections wait in the server's accept queue, or null where the sandbox cannot
    /// tell.</summary>
    public int? AcceptQueue() => network.ReadSocketTable()?.AcceptQueue(Port);

    /// <summary>Whether the server still listens (TCP) or is bound (UDP) on its port; true where the sandbox cannot
    /// tell.</summary>
    public bool StillServing() => network.ReadSocketTable()?.IsServing(Transport, Port) ?? true;

    /// <summary>
    /// If the server has ended, how; else null. A server that no longer serves its port is ending: the grader waits for
    /// its exit (at most the reply deadline) rather than report a refused connection without its cause.
    /// </summary>
    public async Task<string?> HowItEndedAsync()
    {
        if (Program.IsRunning && StillServing() && !await EndsWhileSettlingAsync())
            return null;
        using (var deadline = Program.Clock.Deadline(Timeouts.Reply, CancellationToken.None))
        {
            if (await Task.WhenAny(Program.Exited, Task.Delay(Timeout.Infinite, deadline.Token)) != Program.Exited)
                return null;
        }
        var exit = await Program.Exited;
        var served = ServedClients switch
        {
            0 => "before serving any client",
            1 => "after serving 1 client",
            var n => $"after serving {n} clients",
        };
        return $"the server {ProgramDiagnosis.HowItEnded(exit)}, {served}; a server must keep serving clients until it is stopped";
    }

    // A program that is ending (a JVM printing the exception that ended its main thread, then closing down) still runs,
    // and still holds its port, for a moment after the failure it caused. It gets that moment, in its own time, unless
    // the kernel shows it back waiting for what comes from outside first: then it lives on. A JVM ends within 15 ms of
    // closing the connection its exception ended; this is ten times that.
    private static readonly TimeSpan EndingSettle = TimeSpan.FromMilliseconds(150);

    // Whether the server ends, or stops serving its port, within the settle: it was ending.
    private async Task<bool> EndsWhileSettlingAsync()
    {
        using var settle = Program.Clock.Deadline(EndingSettle, CancellationToken.None);
        using var watching = new CancellationTokenSource();
        var waitsForClients = StuckAsync(watching.Token, unreadMayWait: true);
        var ended = Task.Delay(Timeout.Infinite, settle.Token);
        await Task.WhenAny(Program.Exited, waitsForClients, ended).ConfigureAwait(false);
        await watching.CancelAsync().ConfigureAwait(false);
        return !Program.IsRunning || !StillServing();
    }

    /// <summary><paramref name="problem"/>, followed by how the server ended if it did.</summary>
    public async Task<string> ExplainAsync(string problem) =>
        await HowItEndedAsync() is { } ended ? $"{problem}: {ended}" : problem;
}
