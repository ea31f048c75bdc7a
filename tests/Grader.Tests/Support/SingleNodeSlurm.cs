using System.Text.RegularExpressions;
using Grader.Tests.Containers;

namespace Grader.Tests.Support;

/// <summary>
/// A real one-node Slurm cluster (MUNGE, <c>slurmctld</c>, <c>slurmd</c> from Debian's packages), started by
/// <c>docs/slurm/single-node.sh</c> in a folder of its own for the test class that uses it, and stopped by process id
/// after it. Where Slurm is not installed or the tests do not run as root, a test skips under a bare
/// <c>dotnet test</c> and fails under <c>./test.sh</c> or in CI, with the daemons' logs.
/// </summary>
public sealed partial class SingleNodeSlurm : IAsyncLifetime
{
    // A job's state in `scontrol show job -o`, one line per job or array task.
    [GeneratedRegex(@"\bJobState=(?<state>[A-Z_]+).*?\bExitCode=(?<code>\d+):(?<signal>\d+)")]
    private static partial Regex StateAndExit();

    private static readonly HashSet<string> Running = ["PENDING", "CONFIGURING", "RUNNING", "COMPLETING", "SUSPENDED"];

    private readonly TempFolder _folder = new();
    private string? _unavailable;

    /// <summary>The cluster's folder: its <c>slurm.conf</c>, state and daemons' logs.</summary>
    public string Folder => _folder.Path;

    /// <summary>The environment that points Slurm's commands at this cluster.</summary>
    public IReadOnlyDictionary<string, string> Environment =>
        new Dictionary<string, string> { ["SLURM_CONF"] = Path.Combine(Folder, "slurm.conf") };

    /// <summary>The script that starts and stops it.</summary>
    public static string Script => Path.Combine(Repository.Root, "docs", "slurm", "single-node.sh");

    /// <summary>Skips the test (bare <c>dotnet test</c>) or fails it (<c>./test.sh</c>, CI) when the cluster could not
    /// start, saying why.</summary>
    public void EnsureRunning()
    {
        if (_unavailable is null)
            return;
        if (!DockerGrading.MustRunEveryTest)
            Assert.Skip($"no Slurm to test with ({_unavailable}); ./test.sh installs it and runs these tests");
        Assert.Fail($"Slurm did not start: {_unavailable}");
    }

    /// <summary>Runs one of Slurm's commands (or any program) against this cluster, to its end.</summary>
    public Task<GraderCli.Run> RunAsync(string program, params string[] args) =>
        GraderCli.RunAsync(args, Environment, program);

    /// <summary>Each job's (or array task's) final state and exit code, once every one of <paramref name="jobs"/> has
    /// ended; fails with the queue and the daemons' logs after <paramref name="deadline"/>.</summary>
    public async Task<IReadOnlyList<JobEnd>> WaitForAsync(IReadOnlyList<string> jobs, TimeSpan deadline)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var ends = new List<JobEnd>();
            // One job at a time: scontrol takes no list of ids (an array job's id shows all its tasks).
            var shown = await Task.WhenAll(jobs.Select(job => RunAsync("scontrol", ["show", "job", "-o", job])));
            var show = new GraderCli.Run(
                shown.Max(s => s.ExitCode),
                string.Concat(shown.Select(s => s.Stdout)),
                string.Concat(shown.Select(s => s.Stderr))
            );
            foreach (var line in show.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                var match = StateAndExit().Match(line);
                if (match.Success)
                    ends.Add(
                        new JobEnd(
                            Regex.Match(line, @"\bJobId=(\d+)").Groups[1].Value,
                            Regex.Match(line, @"\bArrayTaskId=(\S+)").Groups[1].Value,
                            match.Groups["state"].Value,
                            int.Parse(match.Groups["code"].Value, System.Globalization.CultureInfo.InvariantCulture)
                        )
                    );
            }
            if (show.ExitCode == 0 && ends.Count > 0 && ends.All(e => !Running.Contains(e.State)))
                return ends;
            if (clock.Elapsed > deadline)
                Assert.Fail(
                    $"jobs {string.Join(",", jobs)} had not ended after {deadline}: {show.Stdout}{show.Stderr}\n{Logs()}"
                );
            await Task.Delay(TimeSpan.FromMilliseconds(500), TestContext.Current.CancellationToken);
        }
    }

    /// <summary>The end of each daemon's log, for a failure's message.</summary>
    public string Logs() =>
        string.Join(
            "\n",
            new[] { "munged", "slurmctld", "slurmd" }
                .Select(name => Path.Combine(Folder, name + ".log"))
                .Where(File.Exists)
                .Select(log => $"{Path.GetFileName(log)}:\n  {string.Join("\n  ", File.ReadLines(log).TakeLast(15))}")
        );

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        if (!OperatingSystem.IsLinux() || System.Environment.UserName != "root")
        {
            _unavailable = "a one-node cluster runs its jobs as root here, and this is not root";
            return;
        }
        var start = await GraderCli.RunAsync([Script, "start", Folder], program: "bash");
        if (start.ExitCode != 0)
            _unavailable = $"{Script} start exited with {start.ExitCode}: {start.Stderr.Trim()}";
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_unavailable is null)
        {
            var stop = await GraderCli.RunAsync([Script, "stop", Folder], program: "bash");
            if (stop.ExitCode != 0)
                throw new InvalidOperationException($"{Script} stop failed: {stop.Stderr}");
        }
        _folder.Dispose();
    }

    /// <summary>How a job, or one task of an array job, ended.</summary>
    /// <param name="Id">The job's id (an array task has its own).</param>
    /// <param name="ArrayTask">The array task's index, or empty for a plain job.</param>
    /// <param name="State">Slurm's state: <c>COMPLETED</c>, <c>FAILED</c>, <c>CANCELLED</c>, …</param>
    /// <param name="ExitCode">The job script's exit code.</param>
    public sealed record JobEnd(string Id, string ArrayTask, string State, int ExitCode);
}
