using Grader.Tests.Support;
using FluentAssertions;
using Grader.Rubric;
using Grader.Submissions;
using Xunit;

namespace Grader.Tests.Submissions;

public sealed class SubmissionScannerTests
{
    [Fact]
    public void Lab_names_are_found_for_every_role()
    {
        using var folder = new TempSubmission()
            .With("TCPClient.py").With("TCPServer.py").With("TCPServerConcurrent.py").With("UDPClient.py").With("UDPServer.py");

        var submission = SubmissionScanner.Scan(folder.Folder);

        submission.Programs.Should().BeEquivalentTo(new[]
        {
            new RoleProgram(Role.TcpClient, "python", "TCPClient.py"),
            new RoleProgram(Role.TcpServer, "python", "TCPServer.py"),
            new RoleProgram(Role.TcpServerConcurrent, "python", "TCPServerConcurrent.py"),
            new RoleProgram(Role.UdpClient, "python", "UDPClient.py"),
            new RoleProgram(Role.UdpServer, "python", "UDPServer.py"),
        });
        submission.Name.Should().Be("student");
        submission.Directory.Should().Be(folder.Folder);
        submission.Build.Should().BeNull();
        submission.Notes.Should().BeEmpty();
    }

    [Theory]
    [InlineData("tcp_client.py", Role.TcpClient, "python")]
    [InlineData("client_tcp.py", Role.TcpClient, "python")]
    [InlineData("TcpClient.py", Role.TcpClient, "python")]
    [InlineData("tcpclient.PY", Role.TcpClient, "python")]
    [InlineData("TCPClient.java", Role.TcpClient, "java")]
    [InlineData("tcp-server.c", Role.TcpServer, "c")]
    [InlineData("TCPServer.cpp", Role.TcpServer, "c++")]
    [InlineData("TCPServer.cc", Role.TcpServer, "c++")]
    [InlineData("TCPServerConcurrent.py", Role.TcpServerConcurrent, "python")]
    [InlineData("TCPServer_thread.py", Role.TcpServerConcurrent, "python")]
    [InlineData("TCPServerThreaded.py", Role.TcpServerConcurrent, "python")]
    [InlineData("TCPServer_concurrent.py", Role.TcpServerConcurrent, "python")]
    [InlineData("ConcurrentTCPServer.py", Role.TcpServerConcurrent, "python")]
    [InlineData("TCPMultiServer.py", Role.TcpServerConcurrent, "python")]
    [InlineData("tcp_server_multithreading.py", Role.TcpServerConcurrent, "python")]
    [InlineData("UDPClient.py", Role.UdpClient, "python")]
    [InlineData("udp_client.py", Role.UdpClient, "python")]
    [InlineData("UDPServer.py", Role.UdpServer, "python")]
    [InlineData("server_udp.py", Role.UdpServer, "python")]
    [InlineData("src/UDPServer.py", Role.UdpServer, "python")]
    public void A_file_named_like_a_role_is_found_for_that_role(string file, Role role, string language)
    {
        using var folder = new TempSubmission().With(file);

        var submission = SubmissionScanner.Scan(folder.Folder);

        submission.Programs.Should().Equal(new RoleProgram(role, language, file));
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

        var submission = SubmissionScanner.Scan(folder.Folder);

        submission.Programs.Should().ContainSingle().Which.Role.Should().Be(Role.TcpServerConcurrent);
    }

    [Fact]
    public void The_lab_name_wins_over_a_variant_and_the_choice_is_recorded()
    {
        using var folder = new TempSubmission().With("server_tcp.py").With("TCPServer.java").With("src/tcp_server.py");

        var submission = SubmissionScanner.Scan(folder.Folder);

        submission.Programs.Should().Equal(new RoleProgram(Role.TcpServer, "java", "TCPServer.java"));
        submission.Notes.Should().ContainSingle().Which.Should().Be("tcp-server: took TCPServer.java, not src/tcp_server.py or server_tcp.py.");
    }

    [Fact]
    public void Python_wins_when_two_files_have_the_lab_name()
    {
        using var folder = new TempSubmission().With("UDPClient.c").With("UDPClient.java").With("UDPClient.py");

        var submission = SubmissionScanner.Scan(folder.Folder);

        submission.Programs.Should().Equal(new RoleProgram(Role.UdpClient, "python", "UDPClient.py"));
        submission.Notes.Should().ContainSingle().Which.Should().Contain("took UDPClient.py");
    }

    [Fact]
    public void An_executable_without_extension_is_a_program_and_a_plain_file_is_not()
    {
        using var folder = new TempSubmission().WithExecutable("UDPServer", "#!/bin/sh\n").With("UDPClient", "not executable");

        var submission = SubmissionScanner.Scan(folder.Folder);

        submission.Programs.Should().Equal(new RoleProgram(Role.UdpServer, "executable", "UDPServer"));
    }

    [Fact]
    public void Hidden_files_and_caches_are_not_programs()
    {
        using var folder = new TempSubmission()
            .With("._TCPClient.py").With("__MACOSX/TCPServer.py").With(".git/UDPClient.py").With("__pycache__/UDPServer.py");

        var submission = SubmissionScanner.Scan(folder.Folder);

        submission.Programs.Should().BeEmpty();
    }

    [Fact]
    public void Files_deeper_than_one_sub_folder_are_not_looked_at()
    {
        using var folder = new TempSubmission().With("src/main/TCPClient.py");

        SubmissionScanner.Scan(folder.Folder).Programs.Should().BeEmpty();
    }

    [Fact]
    public void One_csharp_project_plays_every_role_told_by_its_name()
    {
        using var folder = new TempSubmission().With("lab/Lab.csproj").With("lab/Program.cs").With("Lab.Tests/Lab.Tests.csproj");

        var submission = SubmissionScanner.Scan(folder.Folder);

        submission.Programs.Should().HaveCount(5).And.OnlyContain(p => p.Language == "csharp" && p.Source == "lab/Lab.csproj" && p.TakesRoleName);
        submission.Programs.Select(p => p.Role).Should().Equal(Roles.All);
    }

    [Fact]
    public void Csharp_projects_named_like_roles_each_play_their_role()
    {
        using var folder = new TempSubmission().With("TCPClient/TCPClient.csproj").With("UDPServer/UDPServer.csproj");

        var submission = SubmissionScanner.Scan(folder.Folder);

        submission.Programs.Should().Equal(
            new RoleProgram(Role.TcpClient, "csharp", "TCPClient/TCPClient.csproj"),
            new RoleProgram(Role.UdpServer, "csharp", "UDPServer/UDPServer.csproj"));
    }

    [Fact]
    public void A_missing_folder_is_a_submission_error()
    {
        var missing = Path.Combine(Path.GetTempPath(), "grader-tests-" + Guid.NewGuid().ToString("N"));

        var scan = () => SubmissionScanner.Scan(missing);

        scan.Should().Throw<SubmissionException>().WithMessage($"The submission folder '{missing}' does not exist.");
    }

    [Fact]
    public void A_file_given_as_the_folder_is_a_submission_error()
    {
        using var folder = new TempSubmission().With("TCPClient.py");
        var file = Path.Combine(folder.Folder, "TCPClient.py");

        var scan = () => SubmissionScanner.Scan(file);

        scan.Should().Throw<SubmissionException>().WithMessage($"'{file}' is a file, not a submission folder.");
    }
}
