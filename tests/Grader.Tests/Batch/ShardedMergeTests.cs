using FluentAssertions;
using Grader.Tests.Support;

namespace Grader.Tests.Batch;

/// <summary>A class graded as three shards of a Slurm array (<c>--shard auto</c>) and joined by <c>grader merge</c>
/// ends as one whole batch of it: every file it writes, the similarity report (whose pairs cross shards) and each
/// check's capture included.</summary>
public sealed class ShardedMergeTests(ShardedClass graded) : IClassFixture<ShardedClass>
{
    [Fact]
    public void Each_array_task_grades_its_share_by_the_slurm_variables_and_leaves_similarity_to_merge()
    {
        graded.Runs[0].Stderr.Should().NotContain("internal error");
        graded.Runs[0].ExitCode.Should().Be(3, "mallory's manifest is broken: " + graded.Runs[0].Stderr);
        for (var k = 1; k <= 3; k++)
        {
            var run = graded.Runs[k];
            run.ExitCode.Should().Be(graded.ShareOf(k).Contains("mallory") ? 3 : 0, run.Stderr);
            run.Stderr.Should()
                .Contain(
                    $"grader: note: --shard auto: shard {k}/3 from a Slurm job array (SLURM_ARRAY_TASK_ID={4 + k} - SLURM_ARRAY_TASK_MIN=5, SLURM_ARRAY_TASK_COUNT=3)"
                );
            run.Stdout.Should().Contain($"similarity: left to 'grader merge'");
            Stored(graded.Shards[k - 1]).Should().BeEquivalentTo(graded.ShareOf(k));
            File.Exists(Path.Combine(graded.Shards[k - 1], "similarity.json")).Should().BeFalse();
        }
    }

    [Fact]
    public async Task Three_shards_merged_write_what_the_whole_batch_writes_similarity_included()
    {
        var merged = graded.Scratch("merged");

        var merge = await GraderCli.RunAsync(["merge", .. graded.Shards, "--out", merged]);

        merge.ExitCode.Should().Be(3, "mallory could not be graded, as in the whole batch: " + merge.Stderr);
        merge
            .Stdout.Should()
            .Contain(
                $"merged 3 outputs: shards 1/3, 2/3, 3/3 (every one, once); {graded.Names.Count} submissions of the class's {graded.Names.Count}"
            )
            .And.Contain("similarity: ");
        Files(merged).Should().Equal(Files(graded.Whole));
        Files(merged).Should().Contain(f => f.EndsWith(".pcap", StringComparison.Ordinal), "captures were asked for");
        // Written from what the two runs both decide: the class, the code compared, why one could not be graded.
        foreach (var file in new[] { "batch.json", "similarity.csv", "similarity.json" })
            File.ReadAllText(Path.Combine(merged, file))
                .Should()
                .Be(File.ReadAllText(Path.Combine(graded.Whole, file)), file);
        foreach (var file in Files(graded.Whole).Where(f => f.StartsWith("ungraded/", StringComparison.Ordinal)))
            File.ReadAllText(Path.Combine(merged, file))
                .Should()
                .Be(File.ReadAllText(Path.Combine(graded.Whole, file)));
        // Ignored: what a second grading of the same program cannot repeat on a loaded machine: the time each check
        // took (results' durations and timelines, junit.xml's time attributes and the timelines in its failure
        // messages, report.html, which shows them) and the robustness checks that race the program (a reset
        // mid-request, a message split in two), which feed the robustness columns of grades.csv and summary.md. The
        // next test shows that, from the same results, merge writes every one of these files byte for byte.
        Required(Path.Combine(merged, "grades.csv"))
            .Should()
            .Equal(Required(Path.Combine(graded.Whole, "grades.csv")));
        foreach (var name in graded.Names.Where(n => n != "mallory"))
            ExampleClass
                .ReadResult(Path.Combine(merged, "results", name + ".json"))
                .Checks.Where(c => c.Required)
                .Select(c => (c.Id, c.Status, c.Points))
                .Should()
                .Equal(
                    ExampleClass
                        .ReadResult(Path.Combine(graded.Whole, "results", name + ".json"))
                        .Checks.Where(c => c.Required)
                        .Select(c => (c.Id, c.Status, c.Points)),
                    name
                );

        var pairs = File.ReadAllLines(Path.Combine(merged, "similarity.csv"))
            .Skip(1)
            .Select(l => l.Split(','))
            .Select(r => (r[0], r[1]))
            .ToHashSet();
        pairs.Should().Contain(graded.PlantedPairs);
        pairs.Should().Contain(p => ShardOf(p.Item1) != ShardOf(p.Item2), "the copies were dealt to different shards");
        File.ReadAllText(Path.Combine(merged, "report.html")).Should().Contain("id=\"similarity\"");
    }

    [Fact]
    public async Task Shards_that_kept_the_whole_batchs_results_merge_into_its_output_byte_for_byte()
    {
        var shards = Enumerable.Range(1, 3).Select(k => graded.Scratch($"kept-{k}")).ToList();
        for (var k = 1; k <= 3; k++)
        {
            Directory.CreateDirectory(Path.Combine(shards[k - 1], "results"));
            foreach (var name in graded.ShareOf(k).Where(n => n != "mallory"))
            {
                File.Copy(
                    Path.Combine(graded.Whole, "results", name + ".json"),
                    Path.Combine(shards[k - 1], "results", name + ".json")
                );
                var captures = Path.Combine(graded.Whole, "results", name);
                Directory.CreateDirectory(Path.Combine(shards[k - 1], "results", name));
                foreach (var file in Directory.GetFiles(captures))
                    File.Copy(file, Path.Combine(shards[k - 1], "results", name, Path.GetFileName(file)));
            }
        }
        var runs = await Task.WhenAll(
            shards.Select(
                (shard, i) =>
                    GraderCli.RunAsync([
                        "batch",
                        graded.Class,
                        "--out",
                        shard,
                        "--shard",
                        $"{i + 1}/3",
                        "--resume",
                        "--similarity",
                        "--common",
                        "0.7",
                        "--parallel",
                        "1",
                    ])
            )
        );
        runs.Should().OnlyContain(r => !r.Stderr.Contains("internal error"));
        runs.Select(r => r.Stdout).Should().OnlyContain(s => s.Contains("graded 0") || s.Contains("graded 1,"));
        var merged = graded.Scratch("merged-kept");

        var merge = await GraderCli.RunAsync(["merge", .. shards, "--out", merged]);

        merge.ExitCode.Should().Be(3, merge.Stderr);
        Files(merged).Should().Equal(Files(graded.Whole));
        foreach (var file in Files(graded.Whole))
            File.ReadAllBytes(Path.Combine(merged, file))
                .Should()
                .Equal(File.ReadAllBytes(Path.Combine(graded.Whole, file)), file);
    }

    [Fact]
    public async Task A_missing_shard_is_named_with_its_submissions_and_the_late_shard_completes_the_merge()
    {
        var merged = graded.Scratch("merged-late");

        var partial = await GraderCli.RunAsync(["merge", graded.Shards[0], graded.Shards[2], "--out", merged]);

        partial.ExitCode.Should().Be(3);
        partial.Stdout.Should().Contain("merged 2 outputs: shards 1/3, 3/3;");
        partial
            .Stderr.Should()
            .Contain("grader: missing shard 2/3: no output holds it")
            .And.Contain(
                $"grader: {graded.ShareOf(2).Count} submissions of the class in no output: {string.Join(", ", graded.ShareOf(2))}"
            );

        var completed = await GraderCli.RunAsync(["merge", merged, graded.Shards[1], "--out", merged]);

        completed.Stdout.Should().Contain("merged 2 outputs: shards 1/3, 2/3, 3/3 (every one, once)");
        completed.Stderr.Should().NotContain("missing");
        Stored(merged).Should().BeEquivalentTo(graded.Names);
        File.ReadAllText(Path.Combine(merged, "batch.json"))
            .Should()
            .Be(File.ReadAllText(Path.Combine(graded.Whole, "batch.json")));
    }

    [Fact]
    public async Task A_class_folder_that_is_not_there_is_refused_in_one_line_before_anything_is_written()
    {
        var merged = graded.Scratch("merged-no-class");
        var missing = graded.Scratch("no-such-class");

        var merge = await GraderCli.RunAsync(["merge", .. graded.Shards, "--out", merged, "--class", missing]);

        merge.ExitCode.Should().Be(2);
        merge
            .Stderr.Trim()
            .Should()
            .Be(
                $"grader: the shards asked for a similarity report of the class at {missing}, which is not on this machine: give its folder with --class"
            );
        Directory.Exists(merged).Should().BeFalse();
    }

    private int ShardOf(string name) => Enumerable.Range(1, 3).Single(k => graded.ShareOf(k).Contains(name));

    // The submissions an output holds, graded or not.
    private static IEnumerable<string> Stored(string output) =>
        new[] { "results", "ungraded" }.SelectMany(folder =>
            Directory.GetFiles(Path.Combine(output, folder)).Select(Path.GetFileNameWithoutExtension).OfType<string>()
        );

    // Every file of an output, by its path in it.
    private static List<string> Files(string output) =>
        [
            .. Directory
                .GetFiles(output, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal),
        ];

    // Each row of grades.csv as far as the required checks decide it: submission, score, max_score, passed.
    private static List<string> Required(string path) =>
        [.. File.ReadAllLines(path).Select(l => string.Join(',', l.Split(',').Take(4)))];
}
