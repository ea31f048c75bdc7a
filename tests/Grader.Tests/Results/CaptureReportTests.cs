using System.Buffers.Binary;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using Grader.Labs.MailClient.Judges;
using Grader.Reports;
using Grader.Results;
using Grader.Tests.Reports;

namespace Grader.Tests.Results;

/// <summary>Where captures show in the reports, and how a lab's secrets are hidden in them, over fixed data.</summary>
[Fast]
public sealed class CaptureReportTests
{
    private static GradeResult WithCaptures =>
        SampleGrades.Failing with
        {
            Checks = [.. SampleGrades.Failing.Checks.Select(c => c with { Capture = CaptureFiles.FileName(c.Id) })],
        };

    [Fact]
    public async Task The_html_report_links_each_failed_checks_capture_and_no_passed_ones()
    {
        var html = new StringWriter();
        await new HtmlReport().WriteAsync(
            WithCaptures,
            new ReportContext(true, []) { Captures = "grader-captures" },
            html,
            TestContext.Current.CancellationToken
        );

        var failed = WithCaptures.Checks.Where(c => c.Status == CheckStatus.Failed).ToList();
        failed.Should().NotBeEmpty();
        foreach (var check in failed)
            html.ToString()
                .Should()
                .Contain($"href=\"grader-captures/{check.Capture}\" download>open in Wireshark</a>");
        foreach (var check in WithCaptures.Checks.Where(c => c.Passed))
            html.ToString().Should().NotContain($"grader-captures/{check.Capture}\"");
    }

    [Fact]
    public async Task The_class_report_links_captures_beside_each_result_and_a_zip_of_them()
    {
        var html = new StringWriter();
        await new HtmlReport().WriteAsync(
            new ClassResult(WithCaptures.Assignment, [WithCaptures], []),
            html,
            TestContext.Current.CancellationToken
        );

        var failed = WithCaptures.Checks.First(c => c.Status == CheckStatus.Failed);
        html.ToString()
            .Should()
            .Contain($"href=\"results/{Uri.EscapeDataString(WithCaptures.Submission)}/{failed.Capture}\"")
            .And.Contain($"results/{Uri.EscapeDataString(WithCaptures.Submission)}/captures.zip");
    }

    [Fact]
    public void The_json_result_names_each_checks_capture_file()
    {
        var json = JsonSerializer.Serialize(WithCaptures, ResultJson.Options);

        json.Should()
            .Contain("\"capture\": \"tcp-server.uppercase.pcap\"")
            .And.NotContain("\"packets\"")
            .And.NotContain("\"frames\"");
        JsonSerializer.Deserialize<GradeResult>(json, ResultJson.Options)!.Checks[0].Capture.Should().NotBeNull();
    }

    [Fact]
    public void Auth_credentials_split_across_segments_are_overwritten_byte_for_byte()
    {
        const string secret = "AGFsaWNlAHMzY3JldA==";
        var stream = Encoding.ASCII.GetBytes($"EHLO a\r\nAUTH PLAIN {secret}\r\nMAIL FROM: <a@b>\r\n");
        var cut = stream.Length / 2; // inside the credentials
        var packets = new[] { Segment(1000, stream[..cut]), Segment(1000 + (uint)cut, stream[cut..]) };

        PacketRedaction.Apply(packets, new SmtpCaptureRedactor());

        var after = Encoding.ASCII.GetString([.. packets.SelectMany(p => p.Frame[54..])]);
        after.Should().Be($"EHLO a\r\nAUTH PLAIN {new string('*', secret.Length)}\r\nMAIL FROM: <a@b>\r\n");
    }

    [Fact]
    public void Auth_login_lines_until_the_next_command_are_hidden()
    {
        var stream = Encoding.ASCII.GetBytes("AUTH LOGIN\r\nYWxpY2U=\r\nczNjcmV0\r\nMAIL FROM: <a@b>\r\n");

        var hidden = new SmtpCaptureRedactor().Secrets(stream);

        hidden.Select(r => Encoding.ASCII.GetString(stream[r])).Should().Equal("YWxpY2U=", "czNjcmV0");
    }

    // An Ethernet frame of zeros, IPv4 and a 20-byte TCP header from port 40000 to 25 at sequence number
    // <paramref name="sequence"/>, carrying <paramref name="payload"/>.
    private static CapturedPacket Segment(uint sequence, byte[] payload)
    {
        var frame = new byte[14 + 20 + 20 + payload.Length];
        BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(12), 0x0800);
        frame[14] = 0x45;
        BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(16), (ushort)(40 + payload.Length));
        frame[23] = 6;
        frame[26] = 127;
        frame[29] = 1;
        frame[30] = 127;
        frame[33] = 1;
        BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(34), 40000);
        BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(36), 25);
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(38), sequence);
        frame[46] = 0x50;
        payload.CopyTo(frame.AsSpan(54));
        return new CapturedPacket(DateTimeOffset.UnixEpoch, frame);
    }
}
