using System.Diagnostics;
using System.Globalization;
using FluentAssertions;
using Grader.Tests.Support;
using static Grader.Tests.Hostile.HostilePrograms;

namespace Grader.Tests.Hostile;

/// <summary>
/// A class of the example submissions plus one hostile submission per bullet of the threat model, graded in one
/// <c>grader batch</c>: every submission is reported, every example's grade is the one it gets in a batch of the
/// examples alone, the grader stays small, and nothing is left running.
/// </summary>
[Collection(HostileCollection.Name)]
public sealed class HostileBatchTests
{
    private const long GraderMemoryCeiling = 300L << 20;

    [Fact]
    public async Task Batch_with_hostile_submissions_reports_all_leaves_every_example_verdict_unchanged_and_stays_small()
    {
        var marker = NewMarker();
        using var folder = new TempFolder();
        var classFolder = folder["class"];
        Directory.CreateDirectory(classFolder);
        // The examples as they are (linked: a linked submission builds where it really is, so the reference's build
        // finds the shared ../../reference), and the hostile ones beside them.
        foreach (var name in ExampleClass.Names)
            Directory.CreateSymbolicLink(Path.Combine(classFolder, name), Path.Combine(ExampleClass.Submissions, name));
        var hostile = HostileSubmissions(marker);
        foreach (var (name, (file, program)) in hostile)
        {
            var submission = Path.Combine(classFolder, name);
            Directory.CreateDirectory(submission);
            foreach (var python in Directory.GetFiles(Repository.Submission("python-correct"), "*.py"))
                File.Copy(python, Path.Combine(submission, Path.GetFileName(python)));
            File.WriteAllText(Path.Combine(submission, file), program);
        }
        var before = Directory
            .GetFiles(Path.Combine(classFolder, "hostile-self-rewriting"))
            .ToDictionary(f => f, File.ReadAllText);

        var (exitCode, peakBytes) = await RunMeasuredAsync([
            "batch",
            classFolder,
            "--out",
            folder["out"],
            .. ExampleClass.Shares,
        ]);

        exitCode.Should().Be(0, "a batch that graded every submission succeeds, whatever the submissions did");
        foreach (var name in ExampleClass.Names.Concat(hostile.Keys))
            File.Exists(Path.Combine(folder["out"], "results", name + ".json")).Should().BeTrue($"{name} is reported");
        foreach (var name in ExampleClass.Names)
        {
            var together = ExampleClass.ReadResult(Path.Combine(folder["out"], "results", name + ".json"));
            together
                .Roles.Where(r => !r.Passed)
                .Select(r => r.Role)
                .Should()
                .Equal(
                    ExampleClass.FailingRole(name) is { } role ? [role] : [],
                    $"{name}'s verdict does not depend on its hostile classmates"
                );
            if (ExampleClass.FailingRole(name) is null)
                together.Score.Should().Be(together.MaxScore, $"{name} is correct");
        }
        peakBytes
            .Should()
            .BeLessThan(GraderMemoryCeiling, "the grader's own memory stays small whatever its programs do");
        LeftoverProcesses.Matching(marker).Should().BeEmpty();
        before
            .Should()
            .AllSatisfy(file =>
                File.ReadAllText(file.Key).Should().Be(file.Value, "a program changes only its own copy")
            );
    }

    private static Dictionary<string, (string File, string Program)> HostileSubmissions(string marker) =>
        new()
        {
            // Exhaust the machine: processes, memory, disk, output (CPU time is bounded the same way, tested apart with
            // a short limit).
            ["hostile-fork-bomb"] = ("TCPServer.py", Marked(marker, ForkBomb)),
            ["hostile-memory-hog"] = (
                "UDPServer.py",
                Marked(
                    marker,
                    """
                    chunks = []
                    for i in range(300):
                        chunks.append(b"x" * (10 << 20))
                    """
                )
            ),
            ["hostile-disk-filler"] = (
                "TCPClient.py",
                Marked(
                    marker,
                    """
                    block = b"x" * (1 << 20)
                    for i in range(200):
                        with open(f"fill-{i}.bin", "wb") as f:
                            f.write(block)
                    """
                )
            ),
            ["hostile-flood"] = (
                "UDPClient.py",
                Marked(
                    marker,
                    """
                    line = "x" * 1023 + "\n"
                    for i in range(20 * 1024):
                        sys.stdout.write(line)
                    """
                )
            ),
            // Outlive grading.
            ["hostile-immortal"] = (
                "TCPServerConcurrent.py",
                Marked(
                    marker,
                    """
                    import signal, time
                    signal.signal(signal.SIGTERM, signal.SIG_IGN)
                    signal.signal(signal.SIGINT, signal.SIG_IGN)
                    if os.fork() == 0:
                        os.setsid()
                        if os.fork() == 0:
                            time.sleep(120)
                        os._exit(0)
                    """,
                    TcpServerLoop
                )
            ),
            // See or change anything but its own copy, and reach a network.
            ["hostile-nosy"] = (
                "TCPClient.py",
                Marked(
                    marker,
                    $$"""
                    import socket
                    print(socket.if_nameindex())
                    for path in ["{{ExampleClass.Submissions}}", "{{Repository.Root}}"]:
                        for root, dirs, files in os.walk(path):
                            for name in files:
                                try:
                                    open(os.path.join(root, name), "a").write("forged")
                                except OSError:
                                    pass
                    """,
                    TcpClient
                )
            ),
            ["hostile-self-rewriting"] = (
                "TCPServer.py",
                Marked(
                    marker,
                    """
                    with open("TCPServer.py", "w") as me:
                        me.write("raise SystemExit(3)\n")
                    """,
                    TcpServerLoop
                )
            ),
            // Disturb the grader.
            ["hostile-saboteur"] = (
                "UDPClient.py",
                Marked(
                    marker,
                    $$"""
                    import signal, subprocess
                    for target in [-1, 1]:
                        try:
                            os.kill(target, signal.SIGKILL)
                        except OSError:
                            pass
                    subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)", "{{marker}}"])
                    """
                )
            ),
        };

    // Runs the grader to its end, sampling its peak resident memory (the kernel's high-water mark) until it exits.
    internal static async Task<(int ExitCode, long PeakBytes)> RunMeasuredAsync(IEnumerable<string> args)
    {
        using var process = Process.Start(GraderCli.StartInfo(args))!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        long peak = 0;
        while (!process.HasExited)
        {
            try
            {
                var line = File.ReadLines($"/proc/{process.Id}/status")
                    .FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
                if (line is not null)
                    peak = Math.Max(
                        peak,
                        long.Parse(
                            line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1],
                            CultureInfo.InvariantCulture
                        ) * 1024
                    );
            }
            catch (IOException)
            {
                // It ended while we looked.
            }
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        await stdout;
        await stderr;
        return (process.ExitCode, peak);
    }
}
