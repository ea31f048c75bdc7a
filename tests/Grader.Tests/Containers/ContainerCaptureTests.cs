using System.Diagnostics;
using FluentAssertions;
using Grader.Grading;
using Grader.Results;
using Grader.Sandboxes;
using Grader.Sandboxes.Containers;
using Grader.Tests.Support;

namespace Grader.Tests.Containers;

/// <summary>In the docker sandbox, the worker captures each launch on the container's loopback and its packets come out
/// with its result, written to files outside.</summary>
[Collection(DockerCollection.Name)]
public sealed class ContainerCaptureTests
{
    [Fact]
    public async Task A_submission_graded_in_its_container_gets_a_capture_per_check_that_tshark_reads()
    {
        ContainerGrader grader;
        try
        {
            grader = await ContainerGrader.CreateAsync(
                LabGrading.Lab,
                ContainerSettings.Default,
                TestContext.Current.CancellationToken,
                CaptureSettings.Default
            );
        }
        catch (SandboxUnavailableException e) when (!DockerGrading.MustRunEveryTest)
        {
            Assert.Skip($"no Docker to test with ({e.Message})");
            throw;
        }
        using var folder = new TempFolder();

        var graded = await grader.GradeAsync(
            Repository.Submission("python-correct"),
            TestContext.Current.CancellationToken
        );
        var (result, problem) = CaptureFiles.Write(graded, folder.Path);

        problem.Should().BeNull();
        var gradedChecks = result.Checks.Where(c => c.Status != CheckStatus.Skipped).ToList();
        gradedChecks.Should().OnlyContain(c => c.Capture != null);
        foreach (var (id, protocol) in new[] { ("tcp-server/uppercase", "tcp"), ("udp-server/uppercase", "udp") })
        {
            var check = result.Checks.Single(c => c.Id == id);
            var payloads = await PayloadsAsync(Path.Combine(folder.Path, check.Capture!), protocol);
            payloads
                .Should()
                .HaveCount(check.Transcript.Count(e => e.Event is TranscriptEvent.Sent or TranscriptEvent.Received));
        }
    }

    private static async Task<List<string>> PayloadsAsync(string file, string protocol)
    {
        var start = new ProcessStartInfo("tshark") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (
            var argument in new[]
            {
                "-r",
                file,
                "-Y",
                protocol == "tcp" ? "tcp.len > 0" : "udp",
                "-T",
                "fields",
                "-e",
                $"{protocol}.payload",
            }
        )
            start.ArgumentList.Add(argument);
        using var tshark = Process.Start(start)!;
        var stdout = await tshark.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await tshark.WaitForExitAsync(TestContext.Current.CancellationToken);
        tshark.ExitCode.Should().Be(0);
        return [.. stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)];
    }
}
