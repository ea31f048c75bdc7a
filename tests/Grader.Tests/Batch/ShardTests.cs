using FluentAssertions;
using Grader.Batch;
using Grader.Tests.Support;

namespace Grader.Tests.Batch;

/// <summary><c>--shard K/N</c> splits a class deterministically, and <c>grader merge</c> joins the shards into one
/// whole run.</summary>
[Collection(nameof(ExampleClass))]
public sealed class ShardTests(ExampleClass whole)
{
    [Fact]
    public void Shards_are_disjoint_even_and_together_the_whole_class_whatever_order_the_folders_come_in()
    {
        var names = Enumerable.Range(1, 11).Select(i => $"student-{i:00}").ToList();
        var shards = Enumerable.Range(1, 3).Select(k => new Shard(k, 3).Of(names.AsEnumerable().Reverse())).ToList();

        shards.SelectMany(s => s).Should().BeEquivalentTo(names).And.OnlyHaveUniqueItems();
        shards.Select(s => s.Count).Should().Equal(4, 4, 3);
        new Shard(2, 3).Of(names).Should().Equal(shards[1]);
    }

    [Theory]
    [InlineData("0/2")]
    [InlineData("3/2")]
    [InlineData("half")]
    public async Task A_bad_shard_is_one_line_on_standard_error_and_exit_code_2(string shard)
    {
        var run = await GraderCli.RunAsync([
            "batch",
            ExampleClass.Submissions,
            "--out",
            whole.Scratch("bad-shard"),
            "--shard",
            shard,
            .. ExampleClass.Shares,
        ]);

        run.ExitCode.Should().Be(2);
        run.Stderr.Trim()
            .Should()
            .Be($"grader: --shard takes K/N with 1 ≤ K ≤ N, such as 1/4, or auto, not '{shard}' (see 'grader --help')");
    }

    [Fact]
    public async Task Two_shards_graded_apart_and_merged_equal_one_whole_run()
    {
        var first = whole.Scratch("shard-1");
        var second = whole.Scratch("shard-2");
        var merged = whole.Scratch("merged");
        var runs = await Task.WhenAll(
            GraderCli.RunAsync([
                "batch",
                ExampleClass.Submissions,
                "--out",
                first,
                "--shard",
                "1/2",
                "--parallel",
                "1",
                .. ExampleClass.Shares,
            ]),
            GraderCli.RunAsync([
                "batch",
                ExampleClass.Submissions,
                "--out",
                second,
                "--shard",
                "2/2",
                "--parallel",
                "1",
                .. ExampleClass.Shares,
            ])
        );
        runs.Should().OnlyContain(r => r.ExitCode == 0);
        var firstNames = Directory
            .GetFiles(Path.Combine(first, "results"))
            .Select(Path.GetFileNameWithoutExtension)
            .ToList();
        var secondNames = Directory
            .GetFiles(Path.Combine(second, "results"))
            .Select(Path.GetFileNameWithoutExtension)
            .ToList();
        firstNames.Should().HaveCount((ExampleClass.Names.Count + 1) / 2).And.NotIntersectWith(secondNames);

        var merge = await GraderCli.RunAsync(["merge", first, second, "--out", merged]);

        merge.ExitCode.Should().Be(0, merge.Stderr);
        Directory
            .GetFiles(Path.Combine(merged, "results"))
            .Select(Path.GetFileNameWithoutExtension)
            .Should()
            .BeEquivalentTo(ExampleClass.Names);
        File.ReadAllText(Path.Combine(merged, "grades.csv")).Should().Be(File.ReadAllText(whole["grades.csv"]));
        foreach (var name in ExampleClass.Names)
        {
            var verdicts = ExampleClass
                .ReadResult(Path.Combine(merged, "results", name + ".json"))
                .Checks.Select(c => (c.Id, c.Status, c.Points));
            verdicts.Should().Equal(whole.Result(name).Checks.Select(c => (c.Id, c.Status, c.Points)), name);
        }
    }

    [Fact]
    public async Task Merging_a_whole_runs_results_split_in_two_writes_every_class_report_byte_for_byte_as_the_whole_run()
    {
        var halves = new[] { whole.Scratch("half-1"), whole.Scratch("half-2") };
        var merged = whole.Scratch("merged-halves");
        var files = Directory.GetFiles(whole["results"]).Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < files.Count; i++)
        {
            var target = Path.Combine(halves[i % 2], "results", Path.GetFileName(files[i]));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(files[i], target);
        }

        var merge = await GraderCli.RunAsync(["merge", .. halves, "--out", merged]);

        merge.ExitCode.Should().Be(0, merge.Stderr);
        foreach (var report in new[] { "grades.csv", "junit.xml", "report.html", "summary.md" })
            File.ReadAllBytes(Path.Combine(merged, report)).Should().Equal(File.ReadAllBytes(whole[report]), report);
    }

    [Fact]
    public async Task A_submission_two_outputs_graded_alike_is_kept_once_and_said()
    {
        var copy = whole.Scratch("copy");
        Directory.CreateDirectory(Path.Combine(copy, "results"));
        File.Copy(whole["results/python-correct.json"], Path.Combine(copy, "results", "python-correct.json"));
        var merged = whole.Scratch("kept-once");

        var merge = await GraderCli.RunAsync(["merge", whole.Out, copy, "--out", merged]);

        merge.ExitCode.Should().Be(0, merge.Stderr);
        merge
            .Stderr.Should()
            .Contain("grader: graded in two outputs with the same verdicts, kept once: python-correct");
        merge.Stderr.Should().Contain($"grader: no batch.json in {copy}");
        File.ReadAllText(Path.Combine(merged, "grades.csv")).Should().Be(File.ReadAllText(whole["grades.csv"]));
    }

    [Fact]
    public async Task A_submission_two_outputs_graded_differently_is_refused_in_one_line_naming_both()
    {
        var copy = whole.Scratch("differs");
        Directory.CreateDirectory(Path.Combine(copy, "results"));
        var result = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(whole["results/python-correct.json"]))!;
        var check = result["checks"]![0]!;
        check["status"] = "failed";
        check["points"] = 0;
        File.WriteAllText(Path.Combine(copy, "results", "python-correct.json"), result.ToJsonString());

        var merge = await GraderCli.RunAsync(["merge", whole.Out, copy, "--out", whole.Scratch("refused")]);

        merge.ExitCode.Should().Be(2);
        merge
            .Stderr.Trim()
            .Should()
            .StartWith("grader: graded in two outputs with different verdicts: python-correct (")
            .And.Contain(whole.Out)
            .And.Contain(copy)
            .And.NotContain("\n");
    }

    [Fact]
    public async Task Merging_a_folder_that_is_no_batch_output_is_refused_in_one_line()
    {
        var merge = await GraderCli.RunAsync([
            "merge",
            whole.Out,
            whole.Scratch("empty"),
            "--out",
            whole.Scratch("refused-empty"),
        ]);

        merge.ExitCode.Should().Be(2);
        merge.Stderr.Trim().Should().EndWith("is not a batch's output: it has no results folder").And.NotContain("\n");
    }
}
