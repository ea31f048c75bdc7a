using System.Net.Sockets;
using Grader.Launching;
using Grader.Results;

namespace Grader.Probes;

/// <summary>
/// The probe's end of one TCP connection with a program, recording everything in a transcript. Its deadlines count the
/// program's own time (<see cref="ProgramClock"/>), and when one passes the kernel is asked once more whether the
/// program's bytes are there, so a grader that was itself slow to look never mistakes a reply for silence.
/// </summary>
public sealed class TcpConnection : IDisposable
{
    private const int ReadSize = 64 * 1024;
    private readonly Socket _socket;
    private readonly Transcript _transcript;
    private bool _closed;
    private bool _programClosed;

    /// <summary>
    /// Wraps a connected socket; <paramref name="peer"/> names the connection in the transcript, and <paramref
    /// name="clock"/> (the wall clock by default) measures its deadlines.
    /// </summary>
    public TcpConnection(Socket socket, Transcript transcript, string peer, ProgramClock? clock = null)
    {
        _socket = socket;
        LocalPort = (socket.LocalEndPoint as System.Net.IPEndPoint)?.Port ?? 0;
        _transcript = transcript;
        Peer = peer;
        Clock = clock ?? ProgramClock.Wall;
    }

    /// <summary>The clock of the program at the other end, by which this connection's deadlines are measured.</summary>
    public ProgramClock Clock { get; }

    /// <summary>The connection's name in the transcript.</summary>
    public string Peer { get; }

    /// <summary>The probe's port of the connection: the remote port of the program's end in the kernel's socket
    /// table.</summary>
    public int LocalPort { get; }

    /// <summary>Connects to <paramref name="port"/> on loopback inside <paramref name="network"/>.</summary>
    /// <exception cref="ProbeException">Refused, or no answer before <paramref name="timeout"/>.</exception>
    public static async Task<TcpConnection> ConnectAsync(
        Sandboxes.ISandboxNetwork network,
        int port,
        Transcript transcript,
        string peer,
        TimeSpan timeout,
        ProgramClock clock,
        CancellationToken cancellationToken
    )
    {
        var socket = await network.CreateSocketAsync(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.NoDelay = true;
        using var deadline = clock.Deadline(timeout, cancellationToken);
        try
        {
            await socket.ConnectAsync(System.Net.IPAddress.Loopback, port, deadline.Token);
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.ConnectionRefused)
        {
            socket.Dispose();
            transcript.Add(peer, TranscriptEvent.Refused, $"127.0.0.1:{port}");
            throw new ProbeException(
                TranscriptEvent.Refused,
                $"the connection to port {port} was refused: nothing listens there",
                e
            );
        }
        catch (SocketException e)
            when (e.SocketErrorCode is SocketError.ConnectionReset or SocketError.ConnectionAborted)
        {
            // The server accepted the handshake but its socket went away before the connection was taken (it died).
            socket.Dispose();
            transcript.Add(peer, TranscriptEvent.ResetByProgram, $"while connecting to 127.0.0.1:{port}");
            throw new ProbeException(
                TranscriptEvent.ResetByProgram,
                $"the connection to port {port} was reset by the server while connecting",
                e
            );
        }
        catch (SocketException e)
        {
            socket.Dispose();
            transcript.Add(peer, TranscriptEvent.Refused, $"127.0.0.1:{port}: {e.SocketErrorCode}");
            throw new ProbeException(TranscriptEvent.Refused, $"the connection to port {port} failed: {e.Message}", e);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            socket.Dispose();
            transcript.Add(peer, TranscriptEvent.TimedOut, $"connect to 127.0.0.1:{port}");
            throw new ProbeException(
                TranscriptEvent.TimedOut,
                $"the connection to port {port} was not accepted within {timeout.TotalSeconds:0.#} s",
                e
            );
        }
        transcript.Add(peer, TranscriptEvent.Connected, $"127.0.0.1:{port}");
        return new TcpConnection(socket, transcript, peer, clock);
    }

    /// <summary>Sends <paramref name="data"/> in one write.</summary>
    public async Task SendAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        _transcript.AddBytes(Peer, TranscriptEvent.Sent, data.Span);
        try
        {
            await _socket.SendAsync(data, SocketFlags.None, cancellationToken);
        }
        catch (SocketException e)
            when (e.SocketErrorCode
                    is SocketError.ConnectionReset
                        or SocketError.Shutdown
                        or SocketError.ConnectionAborted
            )
        {
            _transcript.Add(Peer, TranscriptEvent.ResetByProgram);
            throw new ProbeException(
                TranscriptEvent.ResetByProgram,
                "the server reset the connection while the message was being sent",
                e
            );
        }
    }

    /// <summary>
    /// Reads what the program sends until it closes the connection, or until <paramref name="timeout"/> passes
    /// with nothing, or until <paramref name="quietAfterData"/> passes with nothing more after some data came. With
    /// <paramref name="silentForever"/> cancelled (the kernel shows the program can never send more) while nothing waits
    /// to be read, the read ends then as if its time had passed, without noting it: the caller says why.
    /// </summary>
    public async Task<TcpReply> ReadUntilClosedAsync(
        TimeSpan timeout,
        TimeSpan quietAfterData,
        CancellationToken cancellationToken,
        CancellationToken silentForever = default
    )
    {
        var received = new MemoryStream();
        var buffer = new byte[ReadSize];
        var bytesWaited = false;
        while (true)
        {
            using var deadline = Clock.Deadline(received.Length == 0 ? timeout : quietAfterData, cancellationToken);
            using var silent = !bytesWaited
                ? CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, silentForever)
                : null;
            int read;
            try
            {
                read = await _socket.ReceiveAsync(buffer, SocketFlags.None, silent?.Token ?? deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                if (HasSomethingToRead())
                {
                    // Bytes came as the wait ended: read them, and no longer end on silentForever.
                    bytesWaited = true;
                    continue;
                }
                if (silentForever.IsCancellationRequested)
                    return new TcpReply(received.ToArray(), TcpEnd.TimedOut);
                _transcript.Add(
                    Peer,
                    TranscriptEvent.TimedOut,
                    received.Length == 0
                        ? $"no reply within {timeout.TotalSeconds:0.#} s"
                        : $"the connection stayed open {quietAfterData.TotalSeconds:0.#} s after the reply"
                );
                return new TcpReply(received.ToArray(), TcpEnd.TimedOut);
            }
            catch (SocketException e)
                when (e.SocketErrorCode is SocketError.ConnectionReset or SocketError.ConnectionAborted)
            {
                _transcript.Add(Peer, TranscriptEvent.ResetByProgram);
                return new TcpReply(received.ToArray(), TcpEnd.Reset);
            }
            if (read == 0)
            {
                _programClosed = true;
                _transcript.Add(Peer, TranscriptEvent.ClosedByProgram);
                return new TcpReply(received.ToArray(), TcpEnd.Closed);
            }
            _transcript.AddBytes(Peer, TranscriptEvent.Received, buffer.AsSpan(0, read));
            received.Write(buffer, 0, read);
        }
    }

    /// <summary>Reads what one read returns, as the lecture's programs do, waiting at most <paramref name="timeout"/>;
    /// empty when the program closed.</summary>
    /// <exception cref="ProbeException">Nothing came in time.</exception>
    public async Task<byte[]> ReadOnceAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var buffer = new byte[ReadSize];
        using var deadline = Clock.Deadline(timeout, cancellationToken);
        try
        {
            var read = await ReceiveAsync(buffer, deadline.Token);
            if (read == 0)
            {
                _programClosed = true;
                _transcript.Add(Peer, TranscriptEvent.ClosedByProgram);
            }
            else
                _transcript.AddBytes(Peer, TranscriptEvent.Received, buffer.AsSpan(0, read));
            return buffer[..read];
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            _transcript.Add(Peer, TranscriptEvent.TimedOut, $"nothing within {timeout.TotalSeconds:0.#} s");
            throw new ProbeException(
                TranscriptEvent.TimedOut,
                $"nothing arrived within {timeout.TotalSeconds:0.#} s",
                e
            );
        }
        catch (SocketException e)
            when (e.SocketErrorCode is SocketError.ConnectionReset or SocketError.ConnectionAborted)
        {
            _transcript.Add(Peer, TranscriptEvent.ResetByProgram);
            return [];
        }
    }

    /// <summary>Whether the program sends something (or closes) within <paramref name="timeout"/> of its time, without
    /// reading it.</summary>
    public async Task<bool> DataWithinAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = Clock.Deadline(timeout, cancellationToken);
        try
        {
            await _socket.ReceiveAsync(new byte[1], SocketFlags.Peek, deadline.Token);
            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return HasSomethingToRead();
        }
        catch (SocketException)
        {
            return true; // reset: there is something to read, the reset itself
        }
    }

    /// <summary>
    /// As <see cref="DataWithinAsync(TimeSpan, CancellationToken)"/>, but ending at once, with what the program waits in,
    /// when <paramref name="waitsForever"/> (started with a token this call cancels when done) shows the program can
    /// send nothing (the kernel shows it waiting forever with nothing on its way) and nothing waits to be read. The
    /// bytes are left unread, so a watch that counts them on their way still sees them.
    /// </summary>
    public async Task<(bool Sent, StuckProgram? Stuck)> DataWithinAsync(
        TimeSpan timeout,
        Func<CancellationToken, Task<StuckProgram>> waitsForever,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(waitsForever);
        using var watching = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var stuck = waitsForever(watching.Token);
        var sent = DataWithinAsync(timeout, watching.Token);
        var first = await Task.WhenAny(sent, stuck);
        await watching.CancelAsync();
        if (first == sent)
            return (await sent, null);
        return HasSomethingToRead() ? (true, null) : (false, stuck.Result);
    }

    // Asked once a deadline has passed: whether bytes or the program's close are waiting, which the grader, slowed by a
    // loaded machine, may not have looked at yet.
    private bool HasSomethingToRead()
    {
        try
        {
            return _socket.Poll(0, SelectMode.SelectRead);
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            return false;
        }
    }

    // One read; when its deadline passes with bytes already waiting, they are read rather than called late.
    private async Task<int> ReceiveAsync(byte[] buffer, CancellationToken deadline)
    {
        try
        {
            return await _socket.ReceiveAsync(buffer, SocketFlags.None, deadline);
        }
        catch (OperationCanceledException) when (HasSomethingToRead())
        {
            return await _socket.ReceiveAsync(buffer, SocketFlags.None, CancellationToken.None);
        }
    }

    /// <summary>
    /// The connection's bytes as a stream that records nothing, for a layer above it (TLS) that records what it carries
    /// itself; the connection still owns the socket.
    /// </summary>
    public Stream AsStream() => new NetworkStream(_socket, ownsSocket: false);

    /// <summary>Closes the probe's sending side (FIN) while still reading. On a connection the program has reset,
    /// the transcript says so and the next read ends at once.</summary>
    public void ShutdownSend()
    {
        try
        {
            _socket.Shutdown(SocketShutdown.Send);
        }
        catch (SocketException)
        {
            _transcript.Add(Peer, TranscriptEvent.ResetByProgram);
            return;
        }
        _transcript.Add(Peer, TranscriptEvent.Closed, "sending side only (half-close)");
    }

    /// <summary>Aborts the connection with a reset (RST) instead of a close.</summary>
    public void Reset()
    {
        if (_closed)
            return;
        _closed = true;
        _socket.LingerState = new LingerOption(true, 0);
        _socket.Dispose();
        _transcript.Add(Peer, TranscriptEvent.Reset);
    }

    /// <summary>Closes the connection.</summary>
    public void Dispose()
    {
        if (_closed)
            return;
        _closed = true;
        // Once the program has closed its side, ending ours without the usual handshake leaves its port free of
        // TIME_WAIT, so a server restarted on the same port (the direct sandbox) can bind at once.
        if (_programClosed)
            _socket.LingerState = new LingerOption(true, 0);
        _socket.Dispose();
        _transcript.Add(Peer, TranscriptEvent.Closed);
    }
}
