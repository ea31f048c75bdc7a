using FluentAssertions;
using Grader.Results;
using Grader.Tests.Support;

namespace Grader.Tests.Labs.UdpPinger;

/// <summary>
/// The pinger's checks on real Python clients written for one fault each, beside the examples: the check the fault
/// belongs to fails, saying what was sent and received, and no other does.
/// </summary>
public sealed class PingerCheckTests
{
    // The textbook's client, with its statistics, each line of the loop replaceable.
    private const string Client = """
        from socket import *
        import time

        clientSocket = socket(AF_INET, SOCK_DGRAM)
        clientSocket.settimeout(1)
        rtts = []
        for sequence_number in range(1, 11):
            sendTime = time.time()
            message = 'Ping ' + str(sequence_number) + ' ' + str(sendTime)
            clientSocket.sendto(message.encode(), ('localhost', 12000))
            try:
                modifiedMessage, serverAddress = clientSocket.recvfrom(1024)
                rtt = time.time() - sendTime
                rtts.append(rtt)
                print(modifiedMessage.decode())
                print('RTT:', rtt, 'seconds')
            except timeout:
                print('Request timed out')
        print('Minimum RTT:', min(rtts), 'seconds')
        print('Maximum RTT:', max(rtts), 'seconds')
        print('Average RTT:', sum(rtts) / len(rtts), 'seconds')
        print('Packet loss:', (10 - len(rtts)) * 10, '%')
        clientSocket.close()
        """;

    private static async Task<GradeResult> GradeAsync(string name, string program)
    {
        using var submission = new TempSubmission(name).With("UDPPingerClient.py", program);
        return await PingerGrading.GradeAsync(submission.Folder);
    }

    [Fact]
    public async Task The_textbooks_client_with_statistics_as_a_test_program_passes_every_check()
    {
        var result = await GradeAsync("with-statistics", Client);

        result.Fails().Should().BeEmpty();
        result.Misses().Should().BeEmpty();
    }

    [Fact]
    public async Task An_rtt_printed_without_its_unit_misses_only_the_unit_check()
    {
        var result = await GradeAsync(
            "rtt-without-unit",
            Client.Replace("print('RTT:', rtt, 'seconds')", "print('RTT:', rtt)", StringComparison.Ordinal)
        );

        result.Fails().Should().BeEmpty();
        result.Misses().Should().Equal("udp-pinger/rtt-unit");
        result.Check("udp-pinger/rtt-unit").Message.Should().Contain("with no unit");
    }

    [Fact]
    public async Task A_client_that_sends_every_ping_at_once_fails_only_the_pings_check_and_says_which_ping_came_early()
    {
        var result = await GradeAsync(
            "sends-at-once",
            """
            from socket import *
            import time

            s = socket(AF_INET, SOCK_DGRAM)
            s.settimeout(1)
            sent = {}
            for n in range(1, 11):
                sent[n] = time.time()
                s.sendto(('Ping %d %f' % (n, sent[n])).encode(), ('localhost', 12000))
            for n in range(1, 11):
                try:
                    reply, _ = s.recvfrom(1024)
                    k = int(reply.split()[1])
                    print(reply.decode())
                    print('RTT:', time.time() - sent[k], 'seconds')
                except timeout:
                    print('Request timed out')
            """
        );

        result.Fails().Should().Contain("udp-pinger/sends-pings");
        result
            .Check("udp-pinger/sends-pings")
            .Message.Should()
            .Contain("the client sent ping 2")
            .And.Contain("before the server's reply to ping 1");
    }

    [Fact]
    public async Task A_client_that_sends_no_ping_fails_the_first_check_and_skips_the_others()
    {
        var result = await GradeAsync("sends-nothing", "print('Request timed out')\n");

        result.Check("udp-pinger/sends-pings").Status.Should().Be(CheckStatus.Failed);
        result.Check("udp-pinger/sends-pings").Message.Should().Contain("sent no ping");
        result.Checks.Skip(1).Should().OnlyContain(c => c.Status == CheckStatus.Skipped);
    }

    // Its next ping also goes out before the late reply comes: the pings' check says so too.
    [Fact]
    public async Task A_timeout_shorter_than_the_handouts_second_fails_the_wait_and_reports_a_late_reply_as_lost()
    {
        var result = await GradeAsync(
            "short-timeout",
            Client.Replace("settimeout(1)", "settimeout(0.3)", StringComparison.Ordinal)
        );

        result.Fails().Should().Contain(["udp-pinger/waits-one-second", "udp-pinger/reports-rtt"]);
        result.Check("udp-pinger/waits-one-second").Message.Should().Contain("which got no reply: wait a whole 1 s");
        result
            .Check("udp-pinger/reports-rtt")
            .Message.Should()
            .Contain("well within the second, yet the client printed");
    }

    [Fact]
    public async Task A_client_that_pings_a_lan_address_is_told_which_address_it_tried_and_its_other_checks_are_skipped()
    {
        var result = await GradeAsync(
            "lan-address",
            Client.Replace("('localhost', 12000)", "('10.0.0.5', 12000)", StringComparison.Ordinal)
        );

        result.Fails().Should().Equal("udp-pinger/sends-pings");
        result
            .Check("udp-pinger/sends-pings")
            .Message.Should()
            .Be(
                "the client sent its pings to 10.0.0.5:12000, not to localhost: the lab's client connects to localhost"
            );
        result.Checks.Skip(1).Should().OnlyContain(c => c.Status == CheckStatus.Skipped);
    }

    // With no timeout it would wait for the first reply until its time limit; the kernel shows it waiting forever.
    [Fact]
    public async Task A_client_with_no_timeout_that_pings_another_port_is_stopped_at_once_and_told_where_its_ping_went()
    {
        var result = await GradeAsync(
            "wrong-port-no-timeout",
            Client
                .Replace("clientSocket.settimeout(1)\n", "", StringComparison.Ordinal)
                .Replace("('localhost', 12000)", "('localhost', 1212)", StringComparison.Ordinal)
        );

        result
            .Check("udp-pinger/sends-pings")
            .Message.Should()
            .Be(
                "the client sent its pings to 127.0.0.1:1212, not to port 12000, where the server listens (1 datagram, unanswered)"
            );
        result
            .Check("udp-pinger/sends-pings")
            .Transcript.Should()
            .Contain(e =>
                e.Event == TranscriptEvent.Note
                && e.Data!.EndsWith(
                    "and no ping has reached the probe: it would wait forever, so the grader stops it",
                    StringComparison.Ordinal
                )
            );
    }
}
