using System.Net.NetworkInformation;
using Grader.Rubric;

namespace Grader.Sandboxes;

/// <summary>
/// The machine's sockets as .NET shows them on every platform (<see cref="IPGlobalProperties"/>): listening TCP
/// sockets, bound UDP sockets and TCP connections with their states, in the kernel's numbers; never what a socket holds
/// unread or unsent, which only Linux's tables tell.
/// </summary>
internal static class PortableSocketTable
{
    /// <summary>Reads the machine's tables now.</summary>
    public static SocketTable Read()
    {
        var properties = IPGlobalProperties.GetIPGlobalProperties();
        var entries = new List<SocketEntry>();
        entries.AddRange(
            properties
                .GetActiveTcpListeners()
                .Select(l => new SocketEntry(Transport.Tcp, l.Port, Serving: true) { Local = l, State = 10 })
        );
        entries.AddRange(
            properties
                .GetActiveUdpListeners()
                .Select(l => new SocketEntry(Transport.Udp, l.Port, Serving: true) { Local = l })
        );
        entries.AddRange(
            properties
                .GetActiveTcpConnections()
                .Where(c => c.State != TcpState.Listen)
                .Select(c => new SocketEntry(Transport.Tcp, c.LocalEndPoint.Port, Serving: false)
                {
                    Local = c.LocalEndPoint,
                    Remote = c.RemoteEndPoint,
                    State = KernelState(c.State),
                })
        );
        return new SocketTable(entries);
    }

    // Linux's numbers for TCP's states (include/net/tcp_states.h), which the socket table's readers use.
    private static int KernelState(TcpState state) =>
        state switch
        {
            TcpState.Established => 1,
            TcpState.SynSent => 2,
            TcpState.SynReceived => 3,
            TcpState.FinWait1 => 4,
            TcpState.FinWait2 => 5,
            TcpState.TimeWait => 6,
            TcpState.Closed => 7,
            TcpState.CloseWait => 8,
            TcpState.LastAck => 9,
            TcpState.Listen => 10,
            TcpState.Closing => 11,
            _ => 0,
        };
}
