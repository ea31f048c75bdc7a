using System.Net.Sockets;

namespace Reference.Protocol;

/// <summary>Words a failure to bind a server's port as one sentence for the user.</summary>
public static class BindFailure
{
    /// <summary>Describes why <paramref name="port"/> could not be bound.</summary>
    /// <param name="transport">"TCP" or "UDP".</param>
    /// <param name="port">The port the server asked for.</param>
    /// <param name="exception">The failure from the socket layer.</param>
    /// <returns>One sentence, ending with a full stop.</returns>
    public static string Describe(string transport, int port, SocketException exception) =>
        exception.SocketErrorCode switch
        {
            SocketError.AddressAlreadyInUse =>
                $"Cannot listen on {transport} port {port}: it is already in use (is another server running?).",
            SocketError.AccessDenied => $"Cannot listen on {transport} port {port}: permission denied.",
            _ => $"Cannot listen on {transport} port {port}: {exception.Message}.",
        };
}
