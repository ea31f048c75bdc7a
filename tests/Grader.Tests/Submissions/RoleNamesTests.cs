using FluentAssertions;
using Grader.Labs.Lab1Sockets;
using Grader.Rubric;
using Grader.Submissions;

namespace Grader.Tests.Submissions;

/// <summary>Which role a file's name points to, over the names students use: no files, no processes.</summary>
[Fast]
public sealed class RoleNamesTests
{
    /// <summary>Names from the table: the stem, its role, its rank (0 is the lab's own name).</summary>
    public static TheoryData<string, Role, int> ListedNames() =>
        new()
        {
            { "TCPClient", SocketRoles.TcpClient, 0 },
            { "client_tcp", SocketRoles.TcpClient, 2 },
            { "TCPServer", SocketRoles.TcpServer, 0 },
            { "server_tcp", SocketRoles.TcpServer, 2 },
            { "TCPServerIterative", SocketRoles.TcpServer, 4 },
            { "IterativeTCPServer", SocketRoles.TcpServer, 6 },
            { "TCPServerConcurrent", SocketRoles.TcpServerConcurrent, 0 },
            { "TCPServer_thread", SocketRoles.TcpServerConcurrent, 1 },
            { "ThreadedTCPServer", SocketRoles.TcpServerConcurrent, 9 },
            { "TCPThreads", SocketRoles.TcpServerConcurrent, 14 },
            { "UDPClient", SocketRoles.UdpClient, 0 },
            { "client_udp", SocketRoles.UdpClient, 2 },
            { "UDPServer", SocketRoles.UdpServer, 0 },
            { "server_udp", SocketRoles.UdpServer, 2 },
        };

    /// <summary>Names outside the table that still point to one role.</summary>
    public static TheoryData<string, Role> LooseNames() =>
        new()
        {
            { "TCPClient2", SocketRoles.TcpClient },
            { "my_tcp_client_v2", SocketRoles.TcpClient },
            { "multithreaded_tcp_client", SocketRoles.TcpClient },
            { "TCPEchoServer", SocketRoles.TcpServer },
            { "tcp_server_updated", SocketRoles.TcpServer },
            { "TCPServerMultiClient", SocketRoles.TcpServerConcurrent },
            { "tcp_forking_server", SocketRoles.TcpServerConcurrent },
            { "ConcurrentServerTCP", SocketRoles.TcpServerConcurrent },
            { "tcp_threadpool", SocketRoles.TcpServerConcurrent },
            { "UPDClient", SocketRoles.UdpClient },
            { "udp_echo_client", SocketRoles.UdpClient },
            { "UPDServer", SocketRoles.UdpServer },
            { "UDPServer_thread", SocketRoles.UdpServer },
        };

    [Theory]
    [MemberData(nameof(ListedNames))]
    public void Name_from_the_table_names_its_role_ranked_by_how_usual_it_is(string stem, Role role, int rank)
    {
        var match = RoleNames.Match(stem, SocketRoles.All);

        match.Should().NotBeNull();
        match!.Role.Should().Be(role);
        match.Rank.Should().Be(rank);
        match.Listed.Should().BeTrue();
    }

    [Theory]
    [InlineData("TCPClient", true)]
    [InlineData("tcpclient", false)]
    [InlineData("TcpClient", false)]
    [InlineData("tcp_client", false)]
    [InlineData("Tcp-Client", false)]
    [InlineData("TCP Client", false)]
    public void Case_and_separators_do_not_matter_but_only_the_lab_s_name_letter_for_letter_is_exact(
        string stem,
        bool exact
    )
    {
        var match = RoleNames.Match(stem, SocketRoles.All);

        match.Should().Be(new RoleNameMatch(SocketRoles.TcpClient, 0, exact));
    }

    [Theory]
    [InlineData("tcp_server_thread", "TCPServer_thread")]
    [InlineData("tcpServerThreaded", "TCPServerThreaded")]
    [InlineData("multithreaded-tcp-server", "MultithreadedTCPServer")]
    [InlineData("UDP_SERVER", "UDPServer")]
    public void Variant_spelled_with_other_case_and_separators_ranks_as_the_table_s_name(string stem, string listed)
    {
        RoleNames
            .Match(stem, SocketRoles.All)
            .Should()
            .Be(RoleNames.Match(listed, SocketRoles.All)! with { ExactLabName = false });
    }

    [Theory]
    [MemberData(nameof(LooseNames))]
    public void Name_outside_the_table_that_points_to_one_role_matches_it_ranked_after_every_listed_name(
        string stem,
        Role role
    )
    {
        var match = RoleNames.Match(stem, SocketRoles.All);

        match.Should().NotBeNull();
        match!.Role.Should().Be(role);
        match.Rank.Should().Be(RoleNames.Count(role));
        match.Listed.Should().BeFalse();
        match.ExactLabName.Should().BeFalse();
    }

    [Theory]
    [InlineData("server")]
    [InlineData("client")]
    [InlineData("main")]
    [InlineData("tcp")]
    [InlineData("tcp_server_test")]
    [InlineData("test_tcp_client")]
    [InlineData("TCPClientServer")]
    [InlineData("udp_tcp_client")]
    [InlineData("update_client")]
    [InlineData("UDPServerTest")]
    public void Name_that_points_to_no_role_or_to_more_than_one_or_to_a_test_matches_nothing(string stem) =>
        RoleNames.Match(stem, SocketRoles.All).Should().BeNull();

    [Theory]
    [InlineData("TCPServerSequential", "tcp-server", true)]
    [InlineData("SequentialTCPServer", "tcp-server", true)]
    [InlineData("tcp_server_iterative", "tcp-server", true)]
    [InlineData("tcp_sequential_server_v2", "tcp-server", true)]
    [InlineData("TCPServer", "tcp-server", false)]
    [InlineData("TCPServerConcurrent", "tcp-server-concurrent", false)]
    public void Name_that_says_sequential_or_iterative_is_marked_so(string stem, string role, bool sequential)
    {
        var match = RoleNames.Match(stem, SocketRoles.All);

        match!.Role.Should().Be(SocketRoles.Named(role));
        match.SaysSequential.Should().Be(sequential);
    }

    [Theory]
    [InlineData("tcp-client", ".py", "TCPClient.py (or tcp_client.py, client_tcp.py)")]
    [InlineData("tcp-server", ".java", "TCPServer.java (or tcp_server.java, server_tcp.java, …)")]
    [InlineData("udp-server", ".c", "UDPServer.c (or udp_server.c, server_udp.c)")]
    public void Description_gives_the_lab_s_name_and_a_few_variants_with_the_extension(
        string role,
        string extension,
        string description
    ) => RoleNames.Describe(SocketRoles.Named(role), extension).Should().Be(description);
}
