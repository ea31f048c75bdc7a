using System.Net;
using System.Net.Sockets;
using Grader.Results;
using Grader.Rubric;
using Grader.Sandboxes;

namespace Grader.Probes;

/// <summary>
/// The grader's stand-in for the lab's TCP server, listening on 127.0.0.1 and ::1 inside a sandbox network, or on every
/// address where the network delivers every address to its loopback (<see
/// cref="ISandboxNetwork.CatchEveryAddressAsync"/>).
/// </summary>
public sealed class TcpProbeServer : IDisposable
{
    private readonly ProbeSockets _listeners;
    private readonly Transcript _transcript;
    private readonly string _name;
    private readonly List<Task<Socket>> _pendingAccepts = [];
    private readonly List<IPEndPoint> _destinations = [];
    private int _accepted;

    private TcpProbeServer(ProbeSockets listeners, Transcript transcript, string name)
    {
        _listeners = listeners;
        _transcript = transcript;
        _name = name;
    }

    /// <summary>
    /// Starts listening on <paramref name="port"/>; ::1 only where the network has IPv6. With <paramref
    /// name="everyAddress"/>, on the wildcard addresses instead, to hear a program that connects to any address the
    /// network routes to loopback.
    /// <paramref name="name"/> prefixes the connections' names in the transcript. A port still in use is waited for
    /// (<see cref="LabPortBind"/>).
    /// </summary>
    public static async Task<TcpProbeServer> StartAsync(
        ISandboxNetwork network,
        int port,
        Transcript transcript,
        bool everyAddress = false,
        string name = "connection",
        CancellationToken cancellationToken = default
    )
    {
        var listeners = await ProbeSockets.BindAsync(
            network,
            Transport.Tcp,
            port,
            everyAddress,
            socket => socket.Listen(16),
            cancellationToken
        );
        return new TcpProbeServer(listeners, transcript, name);
    }

    /// <summary>The address and port each accepted connection was made to, in order: which host the program connected
    /// to.</summary>
    public IReadOnlyList<IPEndPoint> Destinations
    {
        get
        {
            lock (_destinations)
                return [.. _destinations];
        }
    }

    /// <summary>
    /// Waits for the program to connect, at most until <paramref name="giveUp"/> completes; the connection's deadlines
    /// count the program's time, <paramref name="clock"/>.
    /// </summary>
    /// <returns>The connection, or null when <paramref name="giveUp"/> came first.</returns>
    public async Task<TcpConnection?> AcceptAsync(
        Task giveUp,
        Launching.ProgramClock clock,
        CancellationToken cancellationToken
    )
    {
        if (_pendingAccepts.Count == 0)
            _pendingAccepts.AddRange(_listeners.All.Select(l => l.AcceptAsync(cancellationToken).AsTask()));
        var first = await Task.WhenAny(
            _pendingAccepts.Append(giveUp.ContinueWith(_ => (Socket)null!, TaskScheduler.Default))
        );
        if (first.Result is not { } socket)
            return null;
        var index = _pendingAccepts.IndexOf(first);
        _pendingAccepts[index] = _listeners.All[index].AcceptAsync(cancellationToken).AsTask();
        socket.NoDelay = true;
        var peer = $"{_name} {++_accepted}";
        var destination = (IPEndPoint)socket.LocalEndPoint!;
        lock (_destinations)
            _destinations.Add(destination);
        _transcript.Add(
            peer,
            TranscriptEvent.Accepted,
            IPAddress.IsLoopback(destination.Address)
                ? $"from {socket.RemoteEndPoint}"
                : $"from {socket.RemoteEndPoint}, made to {destination}"
        );
        return new TcpConnection(socket, _transcript, peer, clock);
    }

    /// <summary>Stops listening.</summary>
    public void Dispose() => _listeners.Dispose();
}
