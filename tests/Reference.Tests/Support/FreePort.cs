using System.Net;
using System.Net.Sockets;

namespace Reference.Tests.Support;

/// <summary>Hands out ports that are free for both TCP and UDP, never the same one twice in a run.</summary>
public static class FreePort
{
    // Below Linux's ephemeral range (32768 and up), so that no client's automatically bound port can take a
    // server's port between the check here and the server's bind.
    private const int First = 20_000;
    private const int Last = 32_000;

    private static readonly HashSet<int> HandedOut = [];

    /// <summary>A port that nobody on this machine is bound to right now, for TCP or UDP.</summary>
    public static int Next()
    {
        lock (HandedOut)
        {
            for (var attempt = 0; attempt < 1_000; attempt++)
            {
                var port = Random.Shared.Next(First, Last);
                if (
                    !HandedOut.Contains(port)
                    && IsFree(port, SocketType.Stream, ProtocolType.Tcp)
                    && IsFree(port, SocketType.Dgram, ProtocolType.Udp)
                )
                {
                    HandedOut.Add(port);
                    return port;
                }
            }
        }

        throw new InvalidOperationException($"No free port between {First} and {Last}.");
    }

    private static bool IsFree(int port, SocketType type, ProtocolType protocol)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, type, protocol);
        try
        {
            socket.Bind(new IPEndPoint(IPAddress.Any, port));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
