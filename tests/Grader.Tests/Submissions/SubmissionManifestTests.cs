using FluentAssertions;
using Grader.Labs.Lab1Sockets;
using Grader.Submissions;
using Grader.Tests.Support;

namespace Grader.Tests.Submissions;

[Fast]
public sealed class SubmissionManifestTests
{
    [Fact]
    public void The_manifest_wins_over_file_names()
    {
        using var folder = new TempSubmission()
            .With("TCPClient.py")
            .With("TCPServer.py")
            .With(
                "submission.yaml",
                """
                # how to build and run this submission
                build: dotnet build ../../reference/Reference.csproj -c Release --artifacts-path "$GRADER_BUILD_DIR" -nologo -v quiet
                run:
                  tcp-server: dotnet "$GRADER_BUILD_DIR/bin/Reference/release/reference.dll" tcp-server
                  udp-client: './udp client'
                """
            );

        var submission = SubmissionScanner.Scan(folder.Folder, SocketRoles.All);

        submission
            .Build.Should()
            .Be(
                """dotnet build ../../reference/Reference.csproj -c Release --artifacts-path "$GRADER_BUILD_DIR" -nologo -v quiet"""
            );
        submission
            .Programs.Select(p => (p.Role, p.Language, p.Source))
            .Should()
            .Equal(
                (
                    SocketRoles.TcpServer,
                    "manifest",
                    """dotnet "$GRADER_BUILD_DIR/bin/Reference/release/reference.dll" tcp-server"""
                ),
                (SocketRoles.UdpClient, "manifest", "./udp client")
            );
        submission.Programs[1].Reason.Should().Be("`./udp client`: the command submission.yaml gives for the role");
    }

    [Theory]
    [InlineData(
        "run:\n  tcp-client: python3 TCPClient.py\n  tcp-sever: python3 TCPServer.py\n",
        "submission.yaml:3: unknown role 'tcp-sever' (expected one of: tcp-client, tcp-server, tcp-server-concurrent, udp-client, udp-server)."
    )]
    [InlineData(
        "build: make\nruns:\n  tcp-client: ./client\n",
        "submission.yaml:2: unknown key 'runs' (expected one of: build, run)."
    )]
    [InlineData(
        "run:\n  udp-server:\n    - python3\n    - UDPServer.py\n",
        "submission.yaml:3: 'udp-server' must be a command line (a string), but it is a list."
    )]
    [InlineData(
        "run:\n  udp-server: 12000\n",
        "submission.yaml:2: 'udp-server' must be a command line (a string), but it is '12000', which is not a string."
    )]
    [InlineData(
        "build:\nrun:\n  udp-server: ./server\n",
        "submission.yaml:1: 'build' must be a command line (a string), but it is empty."
    )]
    [InlineData(
        "run: python3 TCPClient.py\n",
        "submission.yaml:1: 'run' must map role names to command lines, such as 'tcp-client: python3 TCPClient.py'."
    )]
    [InlineData("build: make\n", "submission.yaml:1: no 'run' section; it must name the command of at least one role.")]
    [InlineData("run:\n  tcp-client: [python3\n", "submission.yaml:3: not valid YAML: *")]
    public void A_manifest_error_names_the_file_the_line_and_the_key(string yaml, string message)
    {
        using var folder = new TempSubmission().With("submission.yaml", yaml);

        var scan = () => SubmissionScanner.Scan(folder.Folder, SocketRoles.All);

        scan.Should().Throw<SubmissionException>().WithMessage(Path.Combine(folder.Folder, message));
    }

    [Fact]
    public void A_role_named_twice_is_an_error()
    {
        using var folder = new TempSubmission().With("submission.yaml", "run:\n  tcp-client: a\n  tcp-client: b\n");

        var scan = () => SubmissionScanner.Scan(folder.Folder, SocketRoles.All);

        scan.Should().Throw<SubmissionException>().WithMessage(Path.Combine(folder.Folder, "submission.yaml:3: *"));
    }
}
