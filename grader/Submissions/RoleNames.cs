using System.Text.RegularExpressions;
using Grader.Rubric;

namespace Grader.Submissions;

/// <summary>
/// How students name each role's program, as a table easy to extend. A file name is compared without its case and
/// without separators, so <c>TCPServer_thread</c> also stands for <c>tcp_server_thread</c> and <c>TcpServerThread</c>.
/// </summary>
internal static class RoleNames
{
    // Words that make a TCP server the concurrent one, never the sequential one.
    private const string Concurrency = "concurren|thread|multi|parallel|fork";

    // Words that make a TCP server the sequential one by name, whatever its code does.
    private const string Sequence = "sequen|iterat";

    // UDP, and its common typo UPD (UPDClient.py), but not "update".
    private const string Udp = "udp|upd(?!ate)";

    /// <summary>Each role's names, the lab's name first, then a loose pattern for the long tail, tried last.</summary>
    private static readonly IReadOnlyList<RoleNaming> Table =
    [
        new(
            Role.TcpClient,
            ["TCPClient", "tcp_client", "client_tcp"],
            Loose: $"^(?=.*tcp)(?=.*client)(?!.*(server|{Udp}|test))"
        ),
        new(
            Role.TcpServer,
            [
                "TCPServer",
                "tcp_server",
                "server_tcp",
                "TCPServerSequential",
                "TCPServerIterative",
                "SequentialTCPServer",
                "IterativeTCPServer",
            ],
            Loose: $"^(?=.*tcp)(?=.*server)(?!.*(client|{Udp}|test|{Concurrency}))"
        ),
        new(
            Role.TcpServerConcurrent,
            [
                "TCPServerConcurrent",
                "TCPServer_thread",
                "TCPServerThreaded",
                "TCPServer_concurrent",
                "ConcurrentTCPServer",
                "TCPMultiServer",
                "TCPServerMulti",
                "TCPServerMultithreaded",
                "MultithreadedTCPServer",
                "ThreadedTCPServer",
                "TCPThreadedServer",
                "TCPConcurrentServer",
                "TCPServerThreading",
                "TCPServerThreads",
                "TCPThreads",
            ],
            // A word of concurrency makes a TCP program a concurrent server even without "server" (TCPthreads), unless
            // it is a client.
            Loose: $"^(?=.*tcp)(?=.*({Concurrency}))(?=.*server|(?!.*client))(?!.*({Udp}|test))"
        ),
        new(
            Role.UdpClient,
            ["UDPClient", "udp_client", "client_udp"],
            Loose: $"^(?=.*({Udp}))(?=.*client)(?!.*(server|tcp|test))"
        ),
        new(
            Role.UdpServer,
            ["UDPServer", "udp_server", "server_udp"],
            Loose: $"^(?=.*({Udp}))(?=.*server)(?!.*(client|tcp|test))"
        ),
    ];

    /// <summary>The role <paramref name="stem"/> (a file name without extension) names, and how well, or null if
    /// none.</summary>
    public static RoleNameMatch? Match(string stem)
    {
        var normalized = Normalize(stem);
        foreach (var naming in Table)
        {
            var index = naming.Names.ToList().FindIndex(name => Normalize(name) == normalized);
            if (index >= 0)
                return new RoleNameMatch(naming.Role, index, ExactLabName: stem == naming.Names[0])
                {
                    SaysSequential = SaysSequential(normalized),
                };
        }
        foreach (var naming in Table)
        {
            if (naming.LoosePattern.IsMatch(normalized))
                return new RoleNameMatch(naming.Role, naming.Names.Count, ExactLabName: false)
                {
                    SaysSequential = SaysSequential(normalized),
                };
        }
        return null;
    }

    /// <summary>How many names the table lists for <paramref name="role"/>; a loose match ranks after them
    /// all.</summary>
    public static int Count(Role role) => Table.Single(naming => naming.Role == role).Names.Count;

    /// <summary>The lab's name for <paramref name="role"/> and a few variants, with <paramref name="extension"/>:
    /// <c>TCPClient.py (or tcp_client.py, client_tcp.py)</c>.</summary>
    public static string Describe(Role role, string extension)
    {
        var names = Table.Single(naming => naming.Role == role).Names;
        const int variants = 2;
        var shown = string.Join(", ", names.Skip(1).Take(variants).Select(name => name + extension));
        var more = names.Count > 1 + variants ? ", …" : "";
        return $"{names[0]}{extension} (or {shown}{more})";
    }

    private static bool SaysSequential(string normalized) =>
        Regex.IsMatch(normalized, Sequence, RegexOptions.CultureInvariant);

    // Lower case, letters and digits only: "TCP_Server-thread" and "tcpserverthread" are the same name.
    private static string Normalize(string name) => string.Concat(name.Where(char.IsLetterOrDigit)).ToLowerInvariant();

    private sealed record RoleNaming(Role Role, IReadOnlyList<string> Names, string Loose)
    {
        public Regex LoosePattern { get; } = new(Loose, RegexOptions.CultureInvariant);
    }
}
