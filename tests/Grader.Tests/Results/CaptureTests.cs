using System.Diagnostics;
using System.Text;
using FluentAssertions;
using Grader.Grading;
using Grader.Labs;
using Grader.Probes;
using Grader.Results;
using Grader.Rubric;
using Grader.Sandboxes;
using Grader.Sandboxes.Containers;
using Grader.Tests.Support;

namespace Grader.Tests.Results;

/// <summary>
/// Each check's capture as a student opens it: graded in the namespace sandbox with captures on, written by libpcap,
/// read back by Debian's <c>tshark</c>, whose dissectors must see the exchange the transcript records.
/// </summary>
[Collection(nameof(CaptureTests))]
public sealed class CaptureTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_lab1_tcp_check_captures_the_transcripts_bytes_in_order()
    {
        var check = await GradedCheckAsync("python-correct", LabGrading.Lab, "tcp-server/uppercase");

        var segments = await TsharkAsync(check, "tcp");

        Runs(segments, 12000).Should().Equal(TranscriptRuns(check));
        segments.Should().Contain(s => s.Payload.Length > 0);
    }

    [Fact]
    public async Task A_server_that_answers_the_first_part_of_a_split_message_shows_it_on_the_wire()
    {
        // python-correct reads once: it answers "one message" before the rest is sent, which the grader then never
        // sends; the capture shows each write of the probe as its own segment, and the early reply.
        var check = await GradedCheckAsync("python-correct", LabGrading.Lab, "tcp-server/split-message");

        var segments = await TsharkAsync(check, "tcp");

        var sent = segments.Where(s => s.ToPort == 12000 && s.Payload.Length > 0).ToList();
        sent.Should().HaveCount(check.Transcript.Count(e => e.Event == TranscriptEvent.Sent));
        Encoding.UTF8.GetString(sent[0].Payload).Should().Be("one message");
        Runs(segments, 12000).Should().Equal(TranscriptRuns(check));
    }

    [Fact]
    public async Task A_udp_check_shows_its_datagrams()
    {
        var check = await GradedCheckAsync("python-correct", LabGrading.Lab, "udp-server/uppercase");

        var datagrams = await TsharkAsync(check, "udp");

        var toServer = datagrams.Where(d => d.ToPort == 12000).ToList();
        toServer.Should().HaveCount(check.Transcript.Count(e => e.Event == TranscriptEvent.Sent)).And.NotBeEmpty();
        Runs(datagrams, 12000).Should().Equal(TranscriptRuns(check));
    }

    [Fact]
    public async Task A_web_server_check_captures_the_request_and_the_page_and_a_split_request_its_three_segments()
    {
        var lab = AssignmentLoader.LoadShipped(LabRegistry.Find("web-server")!.Definition);
        var result = await GradedAsync("web-server-robust", lab);

        var serves = result.Checks.Single(c => c.Id == "web-server/serves-file");
        var segments = await TsharkAsync(serves, "tcp");
        Runs(segments, lab.Port).Should().Equal(TranscriptRuns(serves));

        var split = result.Checks.Single(c => c.Id == "web-server/split-request");
        var requests = (await TsharkAsync(split, "tcp")).Where(s => s.ToPort == lab.Port && s.Payload.Length > 0);
        requests
            .Should()
            .HaveCount(3, "the probe writes the request in three parts, each once the server read the last");
    }

    [Fact]
    public async Task A_mail_clients_password_sent_with_auth_plain_is_in_no_capture()
    {
        const string password = "Tr0ub4dor-capture";
        var credentials = Convert.ToBase64String(Encoding.ASCII.GetBytes($"\0alice\0{password}"));
        using var submission = new TempSubmission("mail-auth-plain").With(
            "SMTPClient.py",
            $$"""
            from socket import *
            s = socket(AF_INET, SOCK_STREAM)
            s.connect(("localhost", 25))
            def say(line):
                s.send((line + "\r\n").encode())
                print(s.recv(1024).decode())
            print(s.recv(1024).decode())
            say("EHLO alice")
            say("AUTH PLAIN {{credentials}}")
            say("MAIL FROM: <alice@example.com>")
            say("RCPT TO: <bob@example.com>")
            say("DATA")
            say("\r\n I love computer networks!\r\n.")
            say("QUIT")
            s.close()
            """
        );
        var lab = AssignmentLoader.LoadShipped(LabRegistry.Find("mail-client")!.Definition);

        var result = await GradeAsync(submission.Folder, lab);

        var files = Directory.GetFiles(_folder.Path, "*" + CaptureFiles.Extension);
        files.Should().NotBeEmpty();
        var everything = string.Concat(files.Select(f => Encoding.Latin1.GetString(File.ReadAllBytes(f))));
        everything.Should().Contain("AUTH PLAIN ***").And.Contain("MAIL FROM");
        everything.Should().NotContain(credentials).And.NotContain(password);
        result.Checks.Should().Contain(c => c.Capture != null);
    }

    [Fact]
    public async Task A_capture_past_its_size_is_cut_and_says_so()
    {
        var sandbox = new NamespaceSandbox { Captures = new CaptureSettings(200) };
        var result = await LabGrading.GradeAsync(Repository.Submission("python-correct"), sandbox);

        var (written, problem) = CaptureFiles.Write(result, _folder.Path);

        problem.Should().BeNull();
        written
            .Checks.Should()
            .Contain(c => c.CaptureNote != null && c.CaptureNote.StartsWith("capture truncated at "));
        written
            .Checks.Where(c => c.Capture != null)
            .Should()
            .OnlyContain(c => new FileInfo(Path.Combine(_folder.Path, c.Capture!)).Length <= 200 + 24 + 16 * 20);
    }

    [Fact]
    public async Task The_direct_sandbox_says_it_cannot_capture_and_grades_on()
    {
        var (grader, notice) = await GraderFactory.CreateAsync(
            SandboxKind.Direct,
            LabGrading.Lab,
            ContainerSettings.Default,
            [],
            TestContext.Current.CancellationToken,
            CaptureSettings.Default
        );

        grader.Should().NotBeNull();
        notice.Should().Contain("captures need the namespace or docker sandbox");
    }

    private async Task<CheckResult> GradedCheckAsync(string submission, Assignment assignment, string id) =>
        (await GradedAsync(submission, assignment)).Checks.Single(c => c.Id == id);

    private Task<GradeResult> GradedAsync(string submission, Assignment assignment) =>
        GradeAsync(Repository.Submission(submission), assignment);

    private async Task<GradeResult> GradeAsync(string folder, Assignment assignment)
    {
        var graded = await LabGrading.GradeAsync(
            folder,
            new NamespaceSandbox { Captures = CaptureSettings.Default },
            assignment
        );
        var (result, problem) = CaptureFiles.Write(graded, _folder.Path);
        problem.Should().BeNull();
        return result;
    }

    private sealed record Segment(int FromPort, int ToPort, byte[] Payload);

    // The packets of a check's capture as tshark dissects them: each TCP segment or UDP datagram with its ports and
    // payload.
    private async Task<List<Segment>> TsharkAsync(CheckResult check, string protocol)
    {
        check.Capture.Should().NotBeNull($"{check.Id} has a capture");
        var start = new ProcessStartInfo("tshark") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (
            var argument in new[]
            {
                "-r",
                Path.Combine(_folder.Path, check.Capture!),
                "-Y",
                protocol,
                "-T",
                "fields",
                "-e",
                $"{protocol}.srcport",
                "-e",
                $"{protocol}.dstport",
                "-e",
                protocol == "tcp" ? "tcp.payload" : "udp.payload",
            }
        )
            start.ArgumentList.Add(argument);
        using var tshark = Process.Start(start)!;
        var stdout = tshark.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = tshark.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await tshark.WaitForExitAsync(TestContext.Current.CancellationToken);
        tshark.ExitCode.Should().Be(0, await stderr);
        return (await stdout)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('\t'))
            .Select(f => new Segment(
                int.Parse(f[0], System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture),
                f.Length > 2 ? Convert.FromHexString(f[2].Replace(":", "", StringComparison.Ordinal)) : []
            ))
            .ToList();
    }

    // Who sent what, in order, as runs of one side's bytes: the program's (from the lab's port) or the grader's.
    private static List<string> Runs(IEnumerable<Segment> segments, int port) =>
        Merge(
            segments
                .Where(s => s.Payload.Length > 0)
                .Select(s => (s.FromPort == port ? "program" : "grader", s.Payload))
        );

    private static List<string> TranscriptRuns(CheckResult check)
    {
        var wire = check
            .Transcript.Where(e => e.Event is TranscriptEvent.Sent or TranscriptEvent.Received && e.Bytes > 0)
            .ToList();
        return Merge(
            wire.Select(e => (e.Event == TranscriptEvent.Sent ? "grader" : "program", new byte[e.Bytes])),
            // A datagram's entry names the port it came from after its bytes.
            [
                .. wire.Select(e =>
                    System.Text.RegularExpressions.Regex.Replace(e.Data ?? "", @" \(from port \d+\)$", "")
                ),
            ]
        );
    }

    // Consecutive bytes of one side become one run, shown as "side: byte count: text" (the text as a transcript shows
    // it, when short enough to be whole there).
    private static List<string> Merge(IEnumerable<(string Side, byte[] Bytes)> parts, List<string>? shown = null)
    {
        var runs = new List<(string Side, List<byte> Bytes, StringBuilder Text)>();
        var i = 0;
        foreach (var (side, bytes) in parts)
        {
            if (runs.Count == 0 || runs[^1].Side != side)
                runs.Add((side, [], new StringBuilder()));
            runs[^1].Bytes.AddRange(bytes);
            runs[^1].Text.Append(shown is null ? WireText.Show(bytes, int.MaxValue) : shown[i]);
            i++;
        }
        return runs.Select(r =>
                r.Bytes.Count < 150 ? $"{r.Side}: {r.Bytes.Count}: {r.Text}" : $"{r.Side}: {r.Bytes.Count}"
            )
            .ToList();
    }
}
