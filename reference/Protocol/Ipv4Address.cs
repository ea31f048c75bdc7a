using System.Net;
using System.Net.Sockets;
using Reference.Terminal;

namespace Reference.Protocol;

/// <summary>
/// Turns the <c>--host</c>/<c>--port</c> options into IPv4 endpoints, as the lecture's <c>AF_INET</c> sockets do.
/// </summary>
/// <remarks>
/// IPv4 only on purpose: a client that sent to <c>::1</c> would never reach a Python server bound to
/// <c>0.0.0.0</c>.
/// </remarks>
public static class Ipv4Address
{
    /// <summary>Resolves <paramref name="host"/> to its first IPv4 address and pairs it with <paramref
    /// name="port"/>.</summary>
    /// <param name="host">A host name or an IPv4 literal.</param>
    /// <param name="port">The server's port.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The server's IPv4 endpoint.</returns>
    /// <exception cref="UserFacingException">The host is an IPv6 literal or has no IPv4 address.</exception>
    public static async Task<IPEndPoint> ResolveAsync(string host, int port, CancellationToken cancellationToken)
    {
        if (IPAddress.TryParse(host, out var literal))
        {
            return literal.AddressFamily == AddressFamily.InterNetwork
                ? new IPEndPoint(literal, port)
                : throw new UserFacingException(
                    $"'{host}' is not an IPv4 address; the lab's sockets are IPv4 (AF_INET)."
                );
        }

        IPAddress[] addresses;
        try
        {
            addresses = await Dns.GetHostAddressesAsync(host, AddressFamily.InterNetwork, cancellationToken);
        }
        catch (SocketException)
        {
            addresses = [];
        }

        return addresses.Length > 0
            ? new IPEndPoint(addresses[0], port)
            : throw new UserFacingException($"Cannot resolve host '{host}' to an IPv4 address.");
    }

    /// <summary>The endpoint a server binds: every IPv4 interface (Python's <c>("", port)</c>).</summary>
    /// <param name="port">The port to listen on.</param>
    /// <returns><c>0.0.0.0:port</c>.</returns>
    public static IPEndPoint AnyInterface(int port) => new(IPAddress.Any, port);
}
