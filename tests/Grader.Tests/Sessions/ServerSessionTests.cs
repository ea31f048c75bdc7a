using FluentAssertions;
using Grader.Launching;
using Grader.Probes;
using Grader.Rubric;
using Grader.Sandboxes;
using Grader.Sessions;
using Grader.Tests.Support;

namespace Grader.Tests.Sessions;

/// <summary>
/// A server's launch comes back ready once the kernel shows its port served, with the probes' view of it; otherwise not
/// ready, with why in words for a student. Real programs in the namespace sandbox.
/// </summary>
public sealed class ServerSessionTests
{
    private static readonly Role UdpServer = LabGrading.Lab.Roles.Single(r => r.Role.Name == "udp-server").Role;

    [Fact]
    public async Task A_server_bound_to_its_port_is_ready_with_the_probes_view_of_it()
    {
        using var submission = new TempSubmission().With(
            "server.py",
            "from socket import *\ns = socket(AF_INET, SOCK_DGRAM)\ns.bind(('', 12000))\ns.recvfrom(10)\n"
        );
        await using var session = await StartAsync(submission);

        session.Readiness.Should().BeOfType<Readiness.Ready>();
        session.UnderTest.Should().NotBeNull();
    }

    [Fact]
    public async Task A_server_that_ends_before_it_binds_is_not_ready_and_says_so()
    {
        using var submission = new TempSubmission().With("server.py", "raise SystemExit(3)\n");
        await using var session = await StartAsync(submission);

        session
            .Readiness.Should()
            .Be(new Readiness.NotReady("the server exited with code 3 before it was bound to UDP port 12000"));
        session.UnderTest.Should().BeNull();
    }

    private static Task<ServerSession> StartAsync(TempSubmission submission) =>
        ServerSession.StartAsync(
            LabGrading.Lab,
            new NamespaceSandbox(),
            UdpServer,
            new ProgramCommand("/usr/bin/python3", ["-u", "server.py"], submission.Folder)
            {
                Folders = [submission.Folder],
            },
            new Transcript(),
            TestContext.Current.CancellationToken
        );
}
