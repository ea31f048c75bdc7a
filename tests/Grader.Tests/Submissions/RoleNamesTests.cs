using FluentAssertions;
using Grader.Rubric;
using Grader.Submissions;

namespace Grader.Tests.Submissions;

/// <summary>Which role a file's name points to, over the names students use: no files, no processes.</summary>
public sealed class RoleNamesTests
{
    /// <summary>Names from the table: the stem, its role, its rank (0 is the lab's own name).</summary>
    public static TheoryData<string, Role, int> ListedNames() =>
        new()
        {
            { "TCPClient", Role.TcpClient, 0 },
            { "client_tcp", Role.TcpClient, 2 },
            { "TCPServer", Role.TcpServer, 0 },
            { "server_tcp", Role.TcpServer, 2 },
            { "TCPServerIterative", Role.TcpServer, 4 },
            { "IterativeTCPServer", Role.TcpServer, 6 },
            { "TCPServerConcurrent", Role.TcpServerConcurrent, 0 },
            { "TCPServer_thread", Role.TcpServerConcurrent, 1 },
            { "ThreadedTCPServer", Role.TcpServerConcurrent, 9 },
            { "TCPThreads", Role.TcpServerConcurrent, 14 },
            { "UDPClient", Role.UdpClient, 0 },
            { "client_udp", Role.UdpClient, 2 },
            { "UDPServer", Role.UdpServer, 0 },
            { "server_udp", Role.UdpServer, 2 },
        };

    /// <summary>Names outside the table that still point to one role.</summary>
    public static TheoryData<string, Role> LooseNames() =>
        new()
        {
            { "TCPClient2", Role.TcpClient },
            { "my_tcp_client_v2", Role.TcpClient },
            { "multithreaded_tcp_client", Role.TcpClient },
            { "TCPEchoServer", Role.TcpServer },
            { "tcp_server_updated", Role.TcpServer },
            { "TCPServerMultiClient", Role.TcpServerConcurrent },
            { "tcp_forking_server", Role.TcpServerConcurrent },
            { "ConcurrentServerTCP", Role.TcpServerConcurrent },
            { "tcp_threadpool", Role.TcpServerConcurrent },
            { "UPDClient", Role.UdpClient },
            { "udp_echo_client", Role.UdpClient },
            { "UPDServer", Role.UdpServer },
            { "UDPServer_thread", Role.UdpServer },
        };

    [Theory]
    [MemberData(nameof(ListedNames))]
    public void Name_from_the_table_names_its_role_ranked_by_how_usual_it_is(string stem, Role role, int rank)
    {
        var match = RoleNames.Match(stem);

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
        var match = RoleNames.Match(stem);

        match.Should().Be(new RoleNameMatch(Role.TcpClient, 0, exact));
    }

    [Theory]
    [InlineData("tcp_server_thread", "TCPServer_thread")]
    [InlineData("tcpServerThreaded", "TCPServerThreaded")]
    [InlineData("multithreaded-tcp-server", "MultithreadedTCPServer")]
    [InlineData("UDP_SERVER", "UDPServer")]
    public void Variant_spelled_with_other_case_and_separators_ranks_as_the_table_s_name(string stem, string listed)
    {
        RoleNames.Match(stem).Should().Be(RoleNames.Match(listed)! with { ExactLabName = false });
    }

    [Theory]
    [MemberData(nameof(LooseNames))]
    public void Name_outside_the_table_that_points_to_one_role_matches_it_ranked_after_every_listed_name(
        string stem,
        Role role
    )
    {
        var match = RoleNames.Match(stem);

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
        RoleNames.Match(stem).Should().BeNull();

    [Theory]
    [InlineData("TCPServerSequential", "tcp-server", true)]
    [InlineData("SequentialTCPServer", "tcp-server", true)]
    [InlineData("tcp_server_iterative", "tcp-server", true)]
    [InlineData("tcp_sequential_server_v2", "tcp-server", true)]
    [InlineData("TCPServer", "tcp-server", false)]
    [InlineData("TCPServerConcurrent", "tcp-server-concurrent", false)]
    public void Name_that_says_sequential_or_iterative_is_marked_so(string stem, string role, bool sequential)
    {
        var match = RoleNames.Match(stem);

        match!.Role.Should().Be(Roles.Named(role));
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
    ) => RoleNames.Describe(Roles.Named(role), extension).Should().Be(description);
}
