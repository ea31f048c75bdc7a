using FluentAssertions;
using Grader.Checks.Clients;
using Grader.Launching;
using Grader.Results;
using Grader.Rubric;
using Grader.Sandboxes;
using Grader.Tests.Support;

namespace Grader.Tests.Labs.Lab1Sockets;

/// <summary>
/// The port a verdict names is the rubric's (<c>port</c> in the assignment file), not the lab's 12000 written into the
/// grader: an instructor who moves the lab to another port reads that port in every diagnosis.
/// </summary>
public sealed class RubricPortTests
{
    private const int RubricPort = 12345;

    [Fact]
    public async Task A_client_that_keeps_the_labs_port_is_told_the_rubrics_port()
    {
        var result = await GradeTcpClientAsync(OneFault.Correct("TCPClient.py"));

        result
            .Message("tcp-client/sends-line")
            .Should()
            .Be(
                $"the client connected to 127.0.0.1:12000, not to port {RubricPort}, where the server listens (1 connection refused)"
            );
    }

    [Fact]
    public async Task A_client_of_the_rubrics_port_passes_and_its_no_server_run_names_that_port()
    {
        var result = await GradeTcpClientAsync(
            OneFault.Correct("TCPClient.py", ("serverPort = 12000", $"serverPort = {RubricPort}"))
        );

        result.Faults("tcp-client").Should().BeEmpty();
        result
            .Check("tcp-client/no-server")
            .Transcript.Should()
            .Contain(e => e.Event == TranscriptEvent.Note && e.Data == $"no server is running on port {RubricPort}");
    }

    [Theory]
    [InlineData(
        Transport.Tcp,
        "the TCP client sent a UDP datagram (a SOCK_DGRAM socket) to port 12345, not a TCP connection: the lab's TCP client connects with a SOCK_STREAM socket"
    )]
    [InlineData(
        Transport.Udp,
        "the UDP client connected over TCP (a SOCK_STREAM socket) to port 12345 instead of sending a datagram: the lab's UDP client sends with a SOCK_DGRAM socket"
    )]
    public void A_client_of_the_other_transport_is_told_the_rubrics_port(Transport transport, string message)
    {
        var run = new ClientRun(
            new ClientScenario(ProbeBehaviour.Normal, TimeSpan.Zero, TimeSpan.FromSeconds(5)),
            transport,
            "sockets are fun",
            "TOKEN",
            Contacted: false,
            Request: [0x73],
            Requests: 1,
            ClosedConnection: false,
            new ProgramExit(0, null, "", "", false, TimeSpan.FromSeconds(1)),
            []
        )
        {
            Port = RubricPort,
            UsedOtherTransport = true,
        };

        ClientFaults.Fatal(run).Should().Be(message);
    }

    [Fact]
    public void The_direct_sandbox_names_the_rubrics_port()
    {
        new DirectSandbox().Describe(RubricPort).Should().Contain($"this machine's port {RubricPort}");
    }

    private static async Task<GradeResult> GradeTcpClientAsync(string program)
    {
        using var submission = new TempSubmission("rubric-port").With("TCPClient.py", program);
        return await LabGrading.GradeAsync(submission.Folder, assignment: LabGrading.Lab with { Port = RubricPort });
    }
}
