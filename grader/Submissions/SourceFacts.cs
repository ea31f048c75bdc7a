using Grader.Rubric;

namespace Grader.Submissions;

/// <summary>What reading a source file tells about the program: the socket it opens, whether it serves, and how it
/// serves connections side by side.</summary>
/// <param name="Transport">The transport of the sockets it opens, or null when it opens none, or both kinds.</param>
/// <param name="Kind">Which of the lab's programs it looks like.</param>
/// <param name="Concurrency">For a server, how it serves connections side by side, in a few words ("starts a thread per
/// connection"), or null when it serves one at a time.</param>
internal sealed record SourceFacts(Transport? Transport, ProgramKind Kind, string? Concurrency)
{
    /// <summary>What a file the grader could not read, or did not read, tells: nothing.</summary>
    public static SourceFacts Unknown { get; } = new(null, ProgramKind.Unknown, null);

    /// <summary>The marks of the lab's roles (<see cref="RoleFiles.Marks"/>) its source holds.</summary>
    public IReadOnlyList<string> Marks { get; init; } = [];

    /// <summary>Whether its source holds one of <paramref name="role"/>'s marks.</summary>
    public bool IsMarkedFor(Role role) => role.Files.Marks.Any(Marks.Contains);

    /// <summary>Whether it is a server that serves clients side by side.</summary>
    public bool IsConcurrent => Concurrency is not null;

    /// <summary>Whether what it does is what <paramref name="role"/> does: its side and transport, and for a role that
    /// serves side by side (<see cref="Role.ServesSideBySide"/>), serving so. A concurrent server also does what a
    /// role that need not serve side by side does.</summary>
    public bool Plays(Role role) => Kind == KindOf(role) && (!role.ServesSideBySide || IsConcurrent);

    /// <summary>Whether it plays <paramref name="role"/> serving one client at a time.</summary>
    public bool PlaysOneAtATime(Role role) => Plays(role) && !IsConcurrent;

    /// <summary>The kind of program <paramref name="role"/> is, by its side and transport.</summary>
    public static ProgramKind KindOf(Role role) =>
        (role.Kind, role.Transport) switch
        {
            (RoleKind.Client, Rubric.Transport.Tcp) => ProgramKind.TcpClient,
            (RoleKind.Server, Rubric.Transport.Tcp) => ProgramKind.TcpServer,
            (RoleKind.Client, Rubric.Transport.Udp) => ProgramKind.UdpClient,
            _ => ProgramKind.UdpServer,
        };

    /// <summary>What it does, in words for a report: "a TCP server that starts a thread per connection", "a UDP client
    /// (sends a datagram to a server)".</summary>
    public string Describe() =>
        Kind switch
        {
            ProgramKind.TcpClient => "a TCP client (connects to a server)",
            ProgramKind.TcpServer when Concurrency is not null => $"a TCP server that {Concurrency}",
            ProgramKind.TcpServer => "a sequential TCP server (serves one connection at a time)",
            ProgramKind.UdpClient => "a UDP client (sends a datagram to a server)",
            ProgramKind.UdpServer => "a UDP server (answers the datagrams it receives)",
            _ => "not one of the lab's programs",
        };
}
