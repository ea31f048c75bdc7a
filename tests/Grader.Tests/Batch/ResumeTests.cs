using System.Diagnostics;
using FluentAssertions;
using Grader.Tests.Support;

namespace Grader.Tests.Batch;

/// <summary>A batch killed at any moment loses nothing, and a resumed one regrades exactly what is not done or has
/// changed.</summary>
[Collection(nameof(ExampleClass))]
public sealed class ResumeTests(ExampleClass whole)
{
    [Fact]
    public async Task Killing_a_batch_halfway_and_resuming_loses_nothing_regrades_nothing_and_ends_as_one_uninterrupted_run()
    {
        var output = whole.Scratch("killed");
        var results = Path.Combine(output, "results");
        using (
            var batch = Process.Start(
                GraderCli.StartInfo([
                    "batch",
                    ExampleClass.Submissions,
                    "--out",
                    output,
                    "--parallel",
                    "1",
                    .. ExampleClass.Shares,
                ])
            )!
        )
        {
            _ = batch.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            _ = batch.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            var clock = Stopwatch.StartNew();
            // Waits on the results themselves; the limit only stops a batch that hangs (builds are slow on a loaded machine).
            while (StoredCount(results) < 4 && clock.Elapsed < TimeSpan.FromMinutes(5) && !batch.HasExited)
                await Task.Delay(10, TestContext.Current.CancellationToken);
            batch.HasExited.Should().BeFalse("the batch must still be grading when it is killed");
            batch.Kill(); // SIGKILL: no chance to finish a file or clean up
            await batch.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        var before = Directory.GetFiles(results, "*.json").ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);
        before.Count.Should().BeInRange(4, ExampleClass.Names.Count - 1, "the kill came halfway");
        foreach (var file in before.Keys)
            ExampleClass.ReadResult(Path.Combine(results, file)).Checks.Should().NotBeEmpty(file);
        File.Exists(Path.Combine(output, "grades.csv")).Should().BeFalse("class reports are written at the end");

        var resumed = await GraderCli.RunAsync([
            "batch",
            ExampleClass.Submissions,
            "--out",
            output,
            "--resume",
            .. ExampleClass.Shares,
        ]);

        resumed.ExitCode.Should().Be(0, resumed.Stderr);
        var lines = resumed.Stdout.Split('\n', StringSplitOptions.TrimEntries);
        foreach (var (file, bytes) in before)
        {
            File.ReadAllBytes(Path.Combine(results, file))
                .Should()
                .Equal(bytes, $"{file} was done before the kill and must not be graded again");
            var name = Path.GetFileNameWithoutExtension(file);
            lines
                .Should()
                .ContainSingle(l =>
                    l.Contains($"] {name}: ", StringComparison.Ordinal)
                    && l.EndsWith("(kept: unchanged since it was graded)", StringComparison.Ordinal)
                );
        }
        resumed
            .Stdout.Should()
            .Contain($"graded {ExampleClass.Names.Count - before.Count}, kept {before.Count} unchanged");
        Directory
            .GetFiles(results, "*.json")
            .Select(Path.GetFileNameWithoutExtension)
            .Should()
            .BeEquivalentTo(ExampleClass.Names);
        Directory.GetFiles(output, "*.partial", SearchOption.AllDirectories).Should().BeEmpty();
        File.ReadAllText(Path.Combine(output, "grades.csv"))
            .Should()
            .Be(
                File.ReadAllText(whole["grades.csv"]),
                "a killed and resumed batch ends with the grades of one uninterrupted run"
            );
    }

    [Fact]
    public async Task A_resumed_batch_grades_again_exactly_the_submissions_whose_files_changed()
    {
        var classFolder = whole.Scratch("changing-class");
        foreach (var student in new[] { "alice", "bob" })
            CopyFolder(Repository.Submission("python-correct"), Path.Combine(classFolder, student));
        var output = whole.Scratch("changing-out");
        (await GraderCli.RunAsync(["batch", classFolder, "--out", output])).ExitCode.Should().Be(0);
        var alice = File.ReadAllBytes(Path.Combine(output, "results", "alice.json"));
        var bob = ExampleClass.ReadResult(Path.Combine(output, "results", "bob.json"));
        var full = LabGrading.Lab.Checks.Where(c => c.Required).Sum(c => c.Points);
        bob.Score.Should().Be(full);

        File.Copy(
            Path.Combine(Repository.Submission("python-no-uppercase"), "UDPServer.py"),
            Path.Combine(classFolder, "bob", "UDPServer.py"),
            overwrite: true
        );
        var resumed = await GraderCli.RunAsync(["batch", classFolder, "--out", output, "--resume"]);

        resumed.ExitCode.Should().Be(0, resumed.Stderr);
        resumed
            .Stdout.Should()
            .Contain($"alice: {full}/{full} (kept: unchanged since it was graded)")
            .And.Contain("graded 1, kept 1 unchanged");
        File.ReadAllBytes(Path.Combine(output, "results", "alice.json")).Should().Equal(alice);
        var regraded = ExampleClass.ReadResult(Path.Combine(output, "results", "bob.json"));
        // Not upper-cased: the UDP server's uppercase check fails, and the UTF-8 one, which needs it, is skipped.
        regraded
            .Score.Should()
            .Be(
                full
                    - LabGrading
                        .Lab.Checks.Where(c => c.FullId is "udp-server/uppercase" or "udp-server/utf8")
                        .Sum(c => c.Points)
            );
        regraded.SubmissionHash.Should().NotBe(bob.SubmissionHash);
    }

    [Fact]
    public async Task A_submission_that_cannot_be_graded_is_named_with_why_exits_3_and_is_tried_again_on_resume()
    {
        var classFolder = whole.Scratch("broken-class");
        CopyFolder(Repository.Submission("python-correct"), Path.Combine(classFolder, "alice"));
        Directory.CreateDirectory(Path.Combine(classFolder, "mallory"));
        File.WriteAllText(Path.Combine(classFolder, "mallory", "submission.yaml"), "run: [\n");
        var output = whole.Scratch("broken-out");

        var run = await GraderCli.RunAsync(["batch", classFolder, "--out", output]);

        run.ExitCode.Should().Be(3);
        run.Stderr.Should()
            .StartWith("grader: 1 submission could not be graded:\n  mallory: ")
            .And.Contain("mallory/submission.yaml:2: not valid YAML");
        File.ReadAllText(Path.Combine(output, "grades.csv")).Should().Contain("\r\nmallory,,,,");
        File.ReadAllText(Path.Combine(output, "summary.md")).Should().Contain("| mallory | – | ⚠️ not graded |");

        File.WriteAllText(
            Path.Combine(classFolder, "mallory", "submission.yaml"),
            "run:\n  tcp-server: python3 -c pass\n"
        );
        var resumed = await GraderCli.RunAsync(["batch", classFolder, "--out", output, "--resume"]);

        resumed.ExitCode.Should().Be(0, resumed.Stderr);
        resumed.Stdout.Should().Contain("graded 1, kept 1 unchanged");
        Directory.GetFiles(Path.Combine(output, "ungraded")).Should().BeEmpty();
        ExampleClass.ReadResult(Path.Combine(output, "results", "mallory.json")).Score.Should().Be(0);
    }

    private static int StoredCount(string results) =>
        Directory.Exists(results) ? Directory.GetFiles(results, "*.json").Length : 0;

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    }
}
