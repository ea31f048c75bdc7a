using System.Net;
using FluentAssertions;
using Grader.Checks.Clients;
using Grader.Launching;
using Grader.Probes;
using Grader.Rubric;

namespace Grader.Tests.Checks;

/// <summary>
/// What a client that never reached the probe server is told from where its datagrams and connections went, as the
/// launch's watch of every address and port saw them, and what it is told where the sandbox hears only the probe's
/// port: the verdicts alone, over recorded runs.
/// </summary>
[Fast]
public sealed class WentElsewhereTests
{
    private const int PingerPort = 12000;
    private const int MailPort = 25;

    [Fact]
    public void A_pinger_that_sent_to_another_port_is_told_where_its_pings_went() =>
        ClientFaults
            .Fatal(Run(Transport.Udp, PingerPort, Stray(Transport.Udp, "127.0.0.1", 1212, 10)) with { Sends = "pings" })
            .Should()
            .Be(
                "the client sent its pings to 127.0.0.1:1212, not to port 12000, where the server listens (10 datagrams, none answered)"
            );

    [Fact]
    public void A_client_that_connected_to_another_host_and_port_is_told_both() =>
        ClientFaults
            .Fatal(Run(Transport.Tcp, MailPort, Stray(Transport.Tcp, "10.0.0.5", 2525, 1)))
            .Should()
            .Be(
                "the client connected to 10.0.0.5:2525, not to localhost:25, where the server listens (1 connection refused)"
            );

    [Fact]
    public void A_client_that_tried_several_places_is_told_the_first_three_and_how_many_more()
    {
        var run = Run(
            Transport.Tcp,
            MailPort,
            Stray(Transport.Tcp, "127.0.0.1", 2525, 1),
            Stray(Transport.Tcp, "127.0.0.1", 587, 1),
            Stray(Transport.Tcp, "127.0.0.1", 465, 1),
            Stray(Transport.Tcp, "::1", 2525, 1)
        );

        ClientFaults
            .Fatal(run)
            .Should()
            .Be(
                "the client connected to 127.0.0.1:2525, 127.0.0.1:587, 127.0.0.1:465 and 1 more, not to port 25, where the server listens (4 connections refused)"
            );
    }

    [Fact]
    public void A_udp_client_that_connected_over_tcp_to_the_labs_port_is_told_it_used_the_other_transport() =>
        ClientFaults
            .Fatal(Run(Transport.Udp, PingerPort, Stray(Transport.Tcp, "127.0.0.1", PingerPort, 1)))
            .Should()
            .StartWith("the UDP client connected over TCP (a SOCK_STREAM socket) to port 12000 instead of sending");

    [Fact]
    public void A_client_seen_to_send_nothing_anywhere_is_told_so() =>
        ClientFaults
            .Fatal(Run(Transport.Udp, PingerPort) with { Sends = "pings" })
            .Should()
            .Be("the client sent no pings at all, to any address or port; it exited with code 0");

    [Fact]
    public void Where_the_sandbox_hears_only_the_probes_port_the_verdict_says_so() =>
        ClientFaults
            .Fatal(Run(Transport.Udp, PingerPort) with { Sends = "pings", EveryPortHeard = false })
            .Should()
            .Be(
                "the client never sent a ping to the server on port 12000; it exited with code 0 (in this sandbox the grader hears only port 12000 on loopback, so where else the client may have sent its pings cannot be seen; the namespace sandbox names it)"
            );

    [Fact]
    public void A_run_that_does_not_say_what_was_heard_keeps_the_plain_verdict() =>
        ClientFaults
            .Fatal(Run(Transport.Tcp, MailPort) with { EveryPortHeard = null })
            .Should()
            .Be("the client never connected to the server on port 25; it exited with code 0");

    private static StrayDestination Stray(Transport transport, string host, int port, int times) =>
        new(transport, new IPEndPoint(IPAddress.Parse(host), port), times);

    // A run in which the client reached no probe and exited by itself, everything it sent watched.
    private static ClientRun Run(Transport transport, int port, params StrayDestination[] strays) =>
        new(
            new ClientScenario(ProbeBehaviour.Normal, TimeSpan.Zero, TimeSpan.FromSeconds(5)),
            transport,
            "",
            "",
            Contacted: false,
            Request: null,
            Requests: 0,
            ClosedConnection: false,
            new ProgramExit(0, null, "", "", false, TimeSpan.FromSeconds(1)),
            []
        )
        {
            Port = port,
            Strays = strays,
            EveryPortHeard = true,
        };
}
