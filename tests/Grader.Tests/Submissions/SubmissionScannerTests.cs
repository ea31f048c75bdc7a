using FluentAssertions;
using Grader.Labs.Lab1Sockets;
using Grader.Rubric;
using Grader.Submissions;
using Grader.Tests.Support;

namespace Grader.Tests.Submissions;

[Fast]
public sealed class SubmissionScannerTests
{
    [Fact]
    public void Lab_names_are_found_for_every_role()
    {
        using var folder = new TempSubmission()
            .With("TCPClient.py")
            .With("TCPServer.py")
            .With("TCPServerConcurrent.py")
            .With("UDPClient.py")
            .With("UDPServer.py");

        var submission = SubmissionScanner.Scan(folder.Folder, SocketRoles.All);

        Found(submission)
            .Should()
            .Equal(
                (SocketRoles.TcpClient, "python", "TCPClient.py"),
                (SocketRoles.TcpServer, "python", "TCPServer.py"),
                (SocketRoles.TcpServerConcurrent, "python", "TCPServerConcurrent.py"),
                (SocketRoles.UdpClient, "python", "UDPClient.py"),
                (SocketRoles.UdpServer, "python", "UDPServer.py")
            );
        submission
            .Programs.Should()
            .OnlyContain(p => p.Reason == $"`{p.Source}`: the lab's name for the role" && p.AlsoFound == null);
        submission.Name.Should().Be("student");
        submission.Directory.Should().Be(folder.Folder);
        submission.Build.Should().BeNull();
        submission.Notes.Should().BeEmpty();
    }

    [Theory]
    [InlineData("tcp_client.py", "tcp-client", "python")]
    [InlineData("client_tcp.py", "tcp-client", "python")]
    [InlineData("TcpClient.py", "tcp-client", "python")]
    [InlineData("tcpclient.PY", "tcp-client", "python")]
    [InlineData("TCPClient.java", "tcp-client", "java")]
    [InlineData("tcp-server.c", "tcp-server", "c")]
    [InlineData("TCPServer.cpp", "tcp-server", "c++")]
    [InlineData("TCPServer.cc", "tcp-server", "c++")]
    [InlineData("TCPServerConcurrent.py", "tcp-server-concurrent", "python")]
    [InlineData("TCPServer_thread.py", "tcp-server-concurrent", "python")]
    [InlineData("TCPServerThreaded.py", "tcp-server-concurrent", "python")]
    [InlineData("TCPServer_concurrent.py", "tcp-server-concurrent", "python")]
    [InlineData("ConcurrentTCPServer.py", "tcp-server-concurrent", "python")]
    [InlineData("TCPMultiServer.py", "tcp-server-concurrent", "python")]
    [InlineData("tcp_server_multithreading.py", "tcp-server-concurrent", "python")]
    [InlineData("UDPClient.py", "udp-client", "python")]
    [InlineData("udp_client.py", "udp-client", "python")]
    [InlineData("UDPServer.py", "udp-server", "python")]
    [InlineData("server_udp.py", "udp-server", "python")]
    [InlineData("src/UDPServer.py", "udp-server", "python")]
    public void A_file_named_like_a_role_is_found_for_that_role(string file, string role, string language)
    {
        using var folder = new TempSubmission().With(file);

        var submission = SubmissionScanner.Scan(folder.Folder, SocketRoles.All);

        Found(submission).Should().Equal((SocketRoles.Named(role), language, file));
    }

    [Theory]
    [InlineData("TCPServer_thread.py")]
    [InlineData("TCPServerThreaded.py")]
    [InlineData("tcp_server_concurrent.py")]
    [InlineData("ConcurrentTCPServer.py")]
    [InlineData("TCPMultiServer.py")]
    [InlineData("TCPServerMultiClient.py")]
    public void Concurrent_server_is_not_taken_as_the_sequential_server(string file)
    {
        using var folder = new TempSubmission().With(file);

        var submission = SubmissionScanner.Scan(folder.Folder, SocketRoles.All);

        submission.Programs.Should().ContainSingle().Which.Role.Should().Be(SocketRoles.TcpServerConcurrent);
    }

    [Fact]
    public void The_lab_name_wins_over_a_variant_and_the_choice_is_recorded()
    {
        using var folder = new TempSubmission().With("server_tcp.py").With("TCPServer.java").With("src/tcp_server.py");

        var submission = SubmissionScanner.Scan(folder.Folder, SocketRoles.All);

        Found(submission).Should().Equal((SocketRoles.TcpServer, "java", "TCPServer.java"));
        submission
            .Notes.Should()
            .ContainSingle()
            .Which.Should()
            .Be("tcp-server: took TCPServer.java, not src/tcp_server.py or server_tcp.py.");
    }

    [Fact]
    public void Python_wins_when_two_files_have_the_lab_name()
    {
        using var folder = new TempSubmission().With("UDPClient.c").With("UDPClient.java").With("UDPClient.py");

        var submission = SubmissionScanner.Scan(folder.Folder, SocketRoles.All);

        Found(submission).Should().Equal((SocketRoles.UdpClient, "python", "UDPClient.py"));
        submission.Notes.Should().ContainSingle().Which.Should().Contain("took UDPClient.py");
    }

    [Fact]
    public void An_executable_without_extension_is_a_program_and_a_plain_file_is_not()
    {
        using var folder = new TempSubmission()
            .WithExecutable("UDPServer", "#!/bin/sh\n")
            .With("UDPClient", "not executable");

        var submission = SubmissionScanner.Scan(folder.Folder, SocketRoles.All);

        Found(submission).Should().Equal((SocketRoles.UdpServer, "executable", "UDPServer"));
    }

    [Fact]
    public void Hidden_files_and_caches_are_not_programs()
    {
        using var folder = new TempSubmission()
            .With("._TCPClient.py")
            .With("__MACOSX/TCPServer.py")
            .With(".git/UDPClient.py")
            .With("__pycache__/UDPServer.py");

        var submission = SubmissionScanner.Scan(folder.Folder, SocketRoles.All);

        submission.Programs.Should().BeEmpty();
    }

    [Fact]
    public void Files_four_folders_deep_are_found_and_deeper_ones_are_not()
    {
        using var folder = new TempSubmission().With("a/b/c/d/TCPClient.py").With("a/b/c/d/e/UDPClient.py");

        Found(SubmissionScanner.Scan(folder.Folder, SocketRoles.All))
            .Should()
            .Equal((SocketRoles.TcpClient, "python", "a/b/c/d/TCPClient.py"));
    }

    [Fact]
    public void One_csharp_project_plays_every_role_told_by_its_name()
    {
        using var folder = new TempSubmission()
            .With("lab/Lab.csproj")
            .With("lab/Program.cs")
            .With("Lab.Tests/Lab.Tests.csproj");

        var submission = SubmissionScanner.Scan(folder.Folder, SocketRoles.All);

        submission
            .Programs.Should()
            .HaveCount(5)
            .And.OnlyContain(p => p.Language == "csharp" && p.Source == "lab/Lab.csproj" && p.TakesRoleName);
        submission.Programs.Select(p => p.Role).Should().Equal(SocketRoles.All);
    }

    [Fact]
    public void Csharp_projects_named_like_roles_each_play_their_role()
    {
        using var folder = new TempSubmission().With("TCPClient/TCPClient.csproj").With("UDPServer/UDPServer.csproj");

        var submission = SubmissionScanner.Scan(folder.Folder, SocketRoles.All);

        Found(submission)
            .Should()
            .Equal(
                (SocketRoles.TcpClient, "csharp", "TCPClient/TCPClient.csproj"),
                (SocketRoles.UdpServer, "csharp", "UDPServer/UDPServer.csproj")
            );
    }

    [Fact]
    public void Generic_names_are_decided_by_what_the_files_do()
    {
        using var folder = new TempSubmission()
            .With("client.py", Correct("TCPClient.py"))
            .With("server2.py", Correct("TCPServer.py"))
            .With("server3.py", Correct("TCPServerConcurrent.py"))
            .With("main.py", Correct("UDPClient.py"))
            .With("server.py", Correct("UDPServer.py"));

        var submission = SubmissionScanner.Scan(folder.Folder, SocketRoles.All);

        Reasons(submission)
            .Should()
            .Equal(
                (SocketRoles.TcpClient, "`client.py`: a TCP client (connects to a server)"),
                (SocketRoles.TcpServer, "`server2.py`: a sequential TCP server (serves one connection at a time)"),
                (SocketRoles.TcpServerConcurrent, "`server3.py`: a TCP server that starts a thread per connection"),
                (SocketRoles.UdpClient, "`main.py`: a UDP client (sends a datagram to a server)"),
                (SocketRoles.UdpServer, "`server.py`: a UDP server (answers the datagrams it receives)")
            );
    }

    [Theory]
    [InlineData("TCPserver.py", "tcp-server", "the lab's name for the role")]
    [InlineData("TCPEchoServer.py", "tcp-server", "its name points to the role")]
    [InlineData("UPDClient.py", "udp-client", "its name points to the role")]
    [InlineData("UPDServer.py", "udp-server", "its name points to the role")]
    [InlineData("TCPthreads.py", "tcp-server-concurrent", "a usual name for the role")]
    [InlineData("tcp_threaded.py", "tcp-server-concurrent", "its name points to the role")]
    public void Names_seen_in_real_submissions_are_found_for_their_role(string file, string role, string why)
    {
        using var folder = new TempSubmission().With(file);

        Reasons(SubmissionScanner.Scan(folder.Folder, SocketRoles.All))
            .Should()
            .Equal((SocketRoles.Named(role), $"`{file}`: {why}"));
    }

    [Theory]
    [InlineData("update_client.py")]
    [InlineData("tcp_client_thread_test.py")]
    public void Names_that_only_look_like_a_role_are_not_taken_for_it(string file)
    {
        using var folder = new TempSubmission().With(file);

        SubmissionScanner.Scan(folder.Folder, SocketRoles.All).Programs.Should().BeEmpty();
    }

    [Fact]
    public void Programs_two_folders_down_are_found_by_name_and_by_what_they_do()
    {
        using var folder = new TempSubmission()
            .With("lab1/part2/client.py", Correct("TCPClient.py"))
            .With("lab1/part2/TCPServer.py", Correct("TCPServer.py"));

        Reasons(SubmissionScanner.Scan(folder.Folder, SocketRoles.All))
            .Should()
            .Equal(
                (SocketRoles.TcpClient, "`lab1/part2/client.py`: a TCP client (connects to a server)"),
                (SocketRoles.TcpServer, "`lab1/part2/TCPServer.py`: the lab's name for the role")
            );
    }

    [Fact]
    public void Of_two_files_that_do_the_same_the_one_nearer_the_top_wins_and_the_other_is_named_with_the_manifest_that_grades_it()
    {
        using var folder = new TempSubmission()
            .With("old/client.py", Correct("TCPClient.py"))
            .With("client.py", Correct("TCPClient.py"));

        var program = SubmissionScanner.Scan(folder.Folder, SocketRoles.All).Programs.Should().ContainSingle().Subject;

        program.Source.Should().Be("client.py");
        program
            .AlsoFound.Should()
            .Be(
                "also found `old/client.py`; to grade it instead, write a submission.yaml (it then names every role's program):  "
                    + "run: { tcp-client: python3 old/client.py }"
            );
    }

    [Fact]
    public void The_manifest_a_report_suggests_grades_the_other_file_and_keeps_every_other_role()
    {
        using var folder = new TempSubmission()
            .With("client.py", Correct("TCPClient.py"))
            .With("my lab/client.py", Correct("TCPClient.py"))
            .With("UDPServer.c", "int main(void) { int fd = socket(AF_INET, SOCK_DGRAM, 0); }\n");
        var suggested = SubmissionScanner
            .Scan(folder.Folder, SocketRoles.All)
            .Programs.Single(p => p.Role == SocketRoles.TcpClient)
            .AlsoFound!;
        var manifest = suggested[(suggested.IndexOf(":  ", StringComparison.Ordinal) + 3)..];
        manifest
            .Should()
            .Be(
                "{ build: gcc -O2 -pthread -o $GRADER_BUILD_DIR/udp-server UDPServer.c, "
                    + "run: { tcp-client: python3 'my lab/client.py', udp-server: $GRADER_BUILD_DIR/udp-server } }"
            );

        folder.With("submission.yaml", manifest);
        var overridden = SubmissionScanner.Scan(folder.Folder, SocketRoles.All);

        overridden.Build.Should().Be("gcc -O2 -pthread -o $GRADER_BUILD_DIR/udp-server UDPServer.c");
        Found(overridden)
            .Should()
            .Equal(
                (SocketRoles.TcpClient, "manifest", "python3 'my lab/client.py'"),
                (SocketRoles.UdpServer, "manifest", "$GRADER_BUILD_DIR/udp-server")
            );
    }

    [Fact]
    public void Threaded_TCPServer_beside_a_sequential_server_is_graded_as_the_concurrent_one()
    {
        using var folder = new TempSubmission()
            .With("TCPServer.py", Correct("TCPServerConcurrent.py"))
            .With("server2.py", Correct("TCPServer.py"));

        Reasons(SubmissionScanner.Scan(folder.Folder, SocketRoles.All))
            .Should()
            .Equal(
                (
                    SocketRoles.TcpServer,
                    "`server2.py`: a sequential TCP server (serves one connection at a time); the threaded `TCPServer.py` plays the concurrent role"
                ),
                (
                    SocketRoles.TcpServerConcurrent,
                    "`TCPServer.py`: a TCP server that starts a thread per connection, beside the sequential `server2.py`"
                )
            );
    }

    [Fact]
    public void Threaded_TCPServer_beside_a_sequential_server_named_concurrent_trades_roles_with_it()
    {
        using var folder = new TempSubmission()
            .With("TCPServer.py", Correct("TCPServerConcurrent.py"))
            .With("TCPServerConcurrent.py", Correct("TCPServer.py"));

        Reasons(SubmissionScanner.Scan(folder.Folder, SocketRoles.All))
            .Should()
            .Equal(
                (
                    SocketRoles.TcpServer,
                    "`TCPServerConcurrent.py`: a sequential TCP server (serves one connection at a time), though named for the concurrent role; "
                        + "the threaded `TCPServer.py` plays the concurrent role"
                ),
                (
                    SocketRoles.TcpServerConcurrent,
                    "`TCPServer.py`: a TCP server that starts a thread per connection, beside the sequential `TCPServerConcurrent.py`"
                )
            );
    }

    [Fact]
    public void Two_concurrent_servers_are_told_apart_by_their_names()
    {
        using var folder = new TempSubmission()
            .With("TCPServer.py", Correct("TCPServerConcurrent.py"))
            .With("TCPServerConcurrent.py", Correct("TCPServerConcurrent.py"));

        Reasons(SubmissionScanner.Scan(folder.Folder, SocketRoles.All))
            .Should()
            .Equal(
                (SocketRoles.TcpServer, "`TCPServer.py`: the lab's name for the role"),
                (
                    SocketRoles.TcpServerConcurrent,
                    "`TCPServerConcurrent.py`: the lab's name for the role, a TCP server that starts a thread per connection"
                )
            );
    }

    [Fact]
    public void A_sequential_server_named_concurrent_stays_the_concurrent_roles_program_so_its_fault_is_graded()
    {
        using var folder = new TempSubmission()
            .With("TCPServer.py", Correct("TCPServer.py"))
            .With("TCPServerConcurrent.py", Correct("TCPServer.py"));

        Found(SubmissionScanner.Scan(folder.Folder, SocketRoles.All))
            .Should()
            .Equal(
                (SocketRoles.TcpServer, "python", "TCPServer.py"),
                (SocketRoles.TcpServerConcurrent, "python", "TCPServerConcurrent.py")
            );
    }

    [Theory]
    [InlineData("server.py")]
    [InlineData("TCPServer.py")]
    [InlineData("TCPServerConcurrent.py")]
    [InlineData("lab1/TCPEchoServer.py")]
    public void A_concurrent_server_that_is_the_only_tcp_server_plays_both_server_roles(string file)
    {
        using var folder = new TempSubmission()
            .With(file, Correct("TCPServerConcurrent.py"))
            .With("UDPServer.py", Correct("UDPServer.py"));

        var both =
            $"`{file}`: the submission's only TCP server, concurrent (starts a thread per connection), so it plays both server roles";
        Reasons(SubmissionScanner.Scan(folder.Folder, SocketRoles.All))
            .Should()
            .Equal(
                (SocketRoles.TcpServer, both),
                (SocketRoles.TcpServerConcurrent, both),
                (SocketRoles.UdpServer, "`UDPServer.py`: the lab's name for the role")
            );
    }

    [Fact]
    public void A_sequential_server_that_is_the_only_tcp_server_plays_only_the_sequential_role()
    {
        using var folder = new TempSubmission().With("server.py", Correct("TCPServer.py"));

        Found(SubmissionScanner.Scan(folder.Folder, SocketRoles.All))
            .Should()
            .Equal((SocketRoles.TcpServer, "python", "server.py"));
    }

    [Fact]
    public void A_file_named_for_a_role_stays_its_program_even_when_it_opens_the_other_transport()
    {
        using var folder = new TempSubmission()
            .With("TCPClient.py", Correct("UDPClient.py"))
            .With("client.py", Correct("TCPClient.py"));

        var program = SubmissionScanner.Scan(folder.Folder, SocketRoles.All).Programs.Should().ContainSingle().Subject;

        (program.Role, program.Source, program.Reason)
            .Should()
            .Be((SocketRoles.TcpClient, "TCPClient.py", "`TCPClient.py`: the lab's name for the role"));
        program.AlsoFound.Should().StartWith("also found `client.py`;");
    }

    [Fact]
    public void Virtual_environments_caches_and_build_output_hold_no_programs()
    {
        using var folder = new TempSubmission();
        foreach (
            var path in new[]
            {
                "venv",
                ".venv",
                "env",
                "lib/site-packages",
                "node_modules",
                "__pycache__",
                "obj",
                "bin",
                "build",
                "x/bin/Debug",
            }
        )
            folder
                .With($"{path}/client.py", Correct("TCPClient.py"))
                .With($"{path}/TCPServer.py", Correct("TCPServer.py"));

        SubmissionScanner.Scan(folder.Folder, SocketRoles.All).Programs.Should().BeEmpty();
    }

    [Fact]
    public void A_linked_folder_is_not_looked_into()
    {
        using var elsewhere = new TempSubmission("elsewhere").With("TCPClient.py", Correct("TCPClient.py"));
        using var folder = new TempSubmission();
        Directory.CreateSymbolicLink(Path.Combine(folder.Folder, "linked"), elsewhere.Folder);

        SubmissionScanner.Scan(folder.Folder, SocketRoles.All).Programs.Should().BeEmpty();
    }

    [Fact]
    public void Tests_are_not_taken_for_clients_by_what_they_do()
    {
        using var folder = new TempSubmission()
            .With("test_server.py", Correct("TCPClient.py"))
            .With("tests/client.py", Correct("TCPClient.py"))
            .With("ServerTest.py", Correct("UDPClient.py"));

        SubmissionScanner.Scan(folder.Folder, SocketRoles.All).Programs.Should().BeEmpty();
    }

    [Fact]
    public void A_missing_folder_is_a_submission_error()
    {
        var missing = Path.Combine(Path.GetTempPath(), "grader-tests-" + Guid.NewGuid().ToString("N"));

        var scan = () => SubmissionScanner.Scan(missing, SocketRoles.All);

        scan.Should().Throw<SubmissionException>().WithMessage($"The submission folder '{missing}' does not exist.");
    }

    [Fact]
    public void A_file_given_as_the_folder_is_a_submission_error()
    {
        using var folder = new TempSubmission().With("TCPClient.py");
        var file = Path.Combine(folder.Folder, "TCPClient.py");

        var scan = () => SubmissionScanner.Scan(file, SocketRoles.All);

        scan.Should().Throw<SubmissionException>().WithMessage($"'{file}' is a file, not a submission folder.");
    }

    private static IEnumerable<(Role, string, string)> Found(Submission submission) =>
        submission.Programs.Select(p => (p.Role, p.Language, p.Source));

    private static IEnumerable<(Role, string?)> Reasons(Submission submission) =>
        submission.Programs.Select(p => (p.Role, p.Reason));

    /// <summary>The text of one of <c>submissions/python-correct</c>'s programs.</summary>
    private static string Correct(string file) =>
        File.ReadAllText(Path.Combine(Repository.Submission("python-correct"), file));
}
