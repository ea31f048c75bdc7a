using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Reference.Tests.Support;

/// <summary>
/// A UDP server played by the test on 127.0.0.1 and a free port: it records every datagram with the moment it
/// arrived, and answers each with whatever the test's script says (nothing, to drop it).
/// </summary>
public sealed class FakePingServer : IAsyncDisposable
{
    private readonly Socket socket = new(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
    private readonly CancellationTokenSource stop = new();
    private readonly List<(string Message, long ArrivedAt)> received = [];
    private readonly Func<int, string, IEnumerable<string>> script;
    private readonly Task serving;

    /// <param name="script">Given the datagram's number (from 1) and its text, the datagrams to send back.</param>
    public FakePingServer(Func<int, string, IEnumerable<string>> script)
    {
        this.script = script;
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        serving = ServeAsync();
    }

    /// <summary>The port the server is bound to.</summary>
    public int Port => ((IPEndPoint)socket.LocalEndPoint!).Port;

    /// <summary>The datagrams received so far, with their <see cref="Stopwatch"/> timestamps.</summary>
    public IReadOnlyList<(string Message, long ArrivedAt)> Received
    {
        get
        {
            lock (received)
            {
                return [.. received];
            }
        }
    }

    /// <summary>The text a textbook server replies: the message upper-cased.</summary>
    public static IEnumerable<string> Echo(string message) => [message.ToUpperInvariant()];

    /// <summary>Stops the server; a failure of its loop (a bug in the test) surfaces here.</summary>
    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            await serving;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Stopped as asked.
        }

        socket.Dispose();
        stop.Dispose();
    }

    private async Task ServeAsync()
    {
        var buffer = new byte[65_536];
        for (var number = 1; ; number++)
        {
            var datagram = await socket.ReceiveFromAsync(
                buffer,
                SocketFlags.None,
                new IPEndPoint(IPAddress.Any, 0),
                stop.Token
            );
            var message = Encoding.UTF8.GetString(buffer, 0, datagram.ReceivedBytes);
            lock (received)
            {
                received.Add((message, Stopwatch.GetTimestamp()));
            }

            foreach (var reply in script(number, message))
            {
                await socket.SendToAsync(
                    Encoding.UTF8.GetBytes(reply),
                    SocketFlags.None,
                    datagram.RemoteEndPoint,
                    stop.Token
                );
            }
        }
    }
}
