using FluentAssertions;
using Grader.Tests.Support;

namespace Grader.Tests.Batch;

/// <summary>
/// docs/slurm/'s job scripts on a real one-node Slurm cluster: the example class as an array job of shards, then the
/// merge as a job that depends on it, end as one whole <c>grader batch</c> does.
/// </summary>
[Collection(nameof(ExampleClass))]
public sealed class SlurmTests(ExampleClass whole, SingleNodeSlurm slurm) : IClassFixture<SingleNodeSlurm>
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(15);

    private static string Submit => Path.Combine(Repository.Root, "docs", "slurm", "submit.sh");

    [Fact]
    public async Task The_example_class_as_an_array_of_three_shards_and_a_dependent_merge_equals_one_whole_batch()
    {
        slurm.EnsureRunning();
        var output = whole.Scratch("slurm");

        var (array, merge) = await SubmitAsync(output, 3, ["--", .. ExampleClass.Shares]);
        var ends = await slurm.WaitForAsync([array, merge], Deadline);

        var logs = Logs(output);
        ends.Where(e => e.ArrayTask.Length > 0).Select(e => e.ArrayTask).Should().BeEquivalentTo(["1", "2", "3"], logs);
        ends.Should().OnlyContain(e => e.State == "COMPLETED" && e.ExitCode == 0, logs);
        Directory
            .GetDirectories(Path.Combine(output, "shards"))
            .Select(shard => Directory.GetFiles(Path.Combine(shard, "results")).Length)
            .Should()
            .OnlyContain(count => count > 0, "every shard grades its share")
            .And.HaveCount(3);
        Directory
            .GetFiles(Path.Combine(output, "results"))
            .Select(Path.GetFileNameWithoutExtension)
            .Should()
            .BeEquivalentTo(ExampleClass.Names, logs);
        // grades.csv holds scores and per-check points only (no times), so the whole file must be equal.
        File.ReadAllText(Path.Combine(output, "grades.csv")).Should().Be(File.ReadAllText(whole["grades.csv"]), logs);
    }

    [Fact]
    public async Task The_merge_job_refuses_naming_the_shards_that_did_not_finish()
    {
        slurm.EnsureRunning();
        var output = whole.Scratch("slurm-refused");

        // A shard that cannot start its batch (a missing assignment file) exits 2, as a shard out of time would end.
        var (array, merge) = await SubmitAsync(output, 2, ["--", "--assignment", "no-such-assignment.yaml"]);
        var ends = await slurm.WaitForAsync([array, merge], Deadline);

        var logs = Logs(output);
        ends.Where(e => e.ArrayTask.Length > 0).Should().OnlyContain(e => e.ExitCode == 2, logs);
        ends.Single(e => e.Id == merge).Should().Match<SingleNodeSlurm.JobEnd>(e => e.State == "FAILED", logs);
        File.ReadAllText(Directory.GetFiles(Path.Combine(output, "slurm"), "merge-*.out").Single())
            .Trim()
            .Should()
            .StartWith("merge.sbatch: 2 of 2 shards did not finish: 1 (exit code 2), 2 (exit code 2); see ");
        File.Exists(Path.Combine(output, "grades.csv")).Should().BeFalse();
    }

    private async Task<(string Array, string Merge)> SubmitAsync(string output, int shards, string[] options)
    {
        var environment = new Dictionary<string, string>(slurm.Environment)
        {
            ["GRADER"] = $"dotnet {Path.Combine(AppContext.BaseDirectory, "grader.dll")}",
            ["SHARD_CPUS"] = "1",
        };
        var submit = await GraderCli.RunAsync(
            [Submit, ExampleClass.Submissions, "lab1-sockets", output, $"{shards}", .. options],
            environment,
            "bash"
        );
        submit.ExitCode.Should().Be(0, submit.Stderr);
        var ids = submit.Stdout.Trim().Split(' ');
        ids.Should().HaveCount(2, submit.Stdout);
        return (ids[0], ids[1]);
    }

    private static string Logs(string output) =>
        string.Join(
            "\n",
            Directory
                .GetFiles(Path.Combine(output, "slurm"), "*.out")
                .Order(StringComparer.Ordinal)
                .Select(log => $"{Path.GetFileName(log)}:\n{File.ReadAllText(log)}")
        );
}
