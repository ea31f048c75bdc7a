using FluentAssertions;
using Grader.Batch;

namespace Grader.Tests.Batch;

/// <summary><c>--shard auto</c> under each engine's variables, as each engine sets them for a job of a sharded
/// run.</summary>
[Fast]
public sealed class AutoShardTests
{
    private static AutoShard Read(int? count, params (string Name, string Value)[] variables) =>
        AutoShard.Read(variables.ToDictionary(v => v.Name, v => v.Value), count);

    private static (string, string)[] SlurmArray(int id, int min, int max, int count, int step = 1) =>
        [
            ("SLURM_JOB_ID", "4242"),
            ("SLURM_ARRAY_JOB_ID", "4241"),
            ("SLURM_ARRAY_TASK_ID", $"{id}"),
            ("SLURM_ARRAY_TASK_MIN", $"{min}"),
            ("SLURM_ARRAY_TASK_MAX", $"{max}"),
            ("SLURM_ARRAY_TASK_COUNT", $"{count}"),
            ("SLURM_ARRAY_TASK_STEP", $"{step}"),
        ];

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 2)]
    [InlineData(2, 3)]
    public void A_slurm_array_from_zero_gives_the_task_id_plus_one_of_the_task_count(int id, int number)
    {
        var read = Read(null, SlurmArray(id, 0, 2, 3));

        read.Shard.Should().Be(new Shard(number, 3));
        read.Line.Should()
            .Be(
                $"--shard auto: shard {number}/3 from a Slurm job array (SLURM_ARRAY_TASK_ID={id}, SLURM_ARRAY_TASK_COUNT=3)"
            );
    }

    [Theory]
    [InlineData(5, 1)]
    [InlineData(6, 2)]
    [InlineData(7, 3)]
    public void A_slurm_array_that_starts_above_zero_counts_from_its_min(int id, int number)
    {
        var read = Read(null, SlurmArray(id, 5, 7, 3));

        read.Shard.Should().Be(new Shard(number, 3));
        read.Line.Should().Contain($"SLURM_ARRAY_TASK_ID={id} - SLURM_ARRAY_TASK_MIN=5");
    }

    [Fact]
    public void A_stepped_slurm_array_is_refused_in_one_line()
    {
        // sbatch --array=0-10:2: tasks 0, 2, … 10, six of them.
        var read = Read(null, SlurmArray(4, 0, 10, 6, step: 2));

        read.Shard.Should().BeNull();
        read.Line.Should()
            .Be(
                "--shard auto: a Slurm job array: the array is stepped (SLURM_ARRAY_TASK_STEP=2): submit it with consecutive indices, such as --array=0-5"
            );
    }

    [Fact]
    public void A_sparse_slurm_array_is_refused_in_one_line()
    {
        // sbatch --array=1,3,7: three tasks from 1 to 7.
        var read = Read(null, SlurmArray(3, 1, 7, 3));

        read.Shard.Should().BeNull();
        read.Line.Should()
            .Be(
                "--shard auto: a Slurm job array: the array is sparse (SLURM_ARRAY_TASK_COUNT=3 tasks from 1 to 7): submit it with consecutive indices, such as --array=0-2"
            );
    }

    [Fact]
    public void A_slurm_array_whose_count_disagrees_with_shard_count_is_refused()
    {
        var read = Read(4, SlurmArray(0, 0, 2, 3));

        read.Shard.Should().BeNull();
        read.Line.Should().Contain("runs 3 shards").And.Contain("not --shard-count 4");
    }

    [Fact]
    public void A_slurm_array_without_its_count_variable_is_refused_naming_it()
    {
        var read = Read(
            null,
            ("SLURM_ARRAY_TASK_ID", "0"),
            ("SLURM_ARRAY_TASK_MIN", "0"),
            ("SLURM_ARRAY_TASK_MAX", "2")
        );

        read.Shard.Should().BeNull();
        read.Line.Should().Be("--shard auto: a Slurm job array: SLURM_ARRAY_TASK_COUNT is not set");
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData("4", 4)]
    public void Gitlab_parallel_jobs_count_from_one(string index, int number)
    {
        var read = Read(null, ("GITLAB_CI", "true"), ("CI_NODE_INDEX", index), ("CI_NODE_TOTAL", "4"));

        read.Shard.Should().Be(new Shard(number, 4));
        read.Line.Should().Contain("GitLab's parallel jobs (CI_NODE_INDEX=" + index + ", CI_NODE_TOTAL=4)");
    }

    [Fact]
    public void A_kubernetes_indexed_job_takes_its_count_from_shard_count()
    {
        var read = Read(3, ("JOB_COMPLETION_INDEX", "2"), ("KUBERNETES_SERVICE_HOST", "10.0.0.1"));

        read.Shard.Should().Be(new Shard(3, 3));
        read.Line.Should()
            .Be("--shard auto: shard 3/3 from a Kubernetes Indexed Job (JOB_COMPLETION_INDEX=2, --shard-count 3)");
    }

    [Theory]
    [InlineData("JOB_COMPLETION_INDEX", "a Kubernetes Indexed Job")]
    [InlineData("NOMAD_ALLOC_INDEX", "a Nomad task group")]
    public void An_engine_that_gives_no_count_is_refused_without_shard_count(string variable, string engine)
    {
        var read = Read(null, (variable, "1"));

        read.Shard.Should().BeNull();
        read.Line.Should()
            .Be(
                $"--shard auto: {engine} gives its index ({variable}=1) but not how many shards there are: add --shard-count N"
            );
    }

    [Fact]
    public void A_nomad_allocation_takes_its_count_from_shard_count()
    {
        Read(5, ("NOMAD_ALLOC_INDEX", "0")).Shard.Should().Be(new Shard(1, 5));
    }

    [Fact]
    public void An_index_not_below_the_count_is_refused()
    {
        var read = Read(3, ("JOB_COMPLETION_INDEX", "3"));

        read.Shard.Should().BeNull();
        read.Line.Should().Contain("index 3 (JOB_COMPLETION_INDEX=3) is not below the shard count 3");
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("two")]
    [InlineData("")]
    public void An_index_that_is_no_whole_number_is_refused_naming_the_variable_and_its_value(string value)
    {
        var read = Read(3, ("NOMAD_ALLOC_INDEX", value));

        read.Shard.Should().BeNull();
        read.Line.Should()
            .Be($"--shard auto: a Nomad task group: NOMAD_ALLOC_INDEX is '{value}', not a whole number of at least 0");
    }

    [Fact]
    public void Github_actions_passes_the_matrix_index_and_total_in_the_graders_own_variables()
    {
        // The workflow's env: GRADER_SHARD_INDEX: ${{ strategy.job-index }}, GRADER_SHARD_COUNT: ${{ strategy.job-total }}
        var read = Read(null, ("GITHUB_ACTIONS", "true"), ("GRADER_SHARD_INDEX", "1"), ("GRADER_SHARD_COUNT", "3"));

        read.Shard.Should().Be(new Shard(2, 3));
        read.Line.Should()
            .Be("--shard auto: shard 2/3 from the grader's variables (GRADER_SHARD_INDEX=1, GRADER_SHARD_COUNT=3)");
    }

    [Fact]
    public void The_graders_index_alone_takes_its_count_from_shard_count()
    {
        Read(4, ("GRADER_SHARD_INDEX", "3")).Shard.Should().Be(new Shard(4, 4));
    }

    [Fact]
    public void With_no_engines_variables_the_line_names_every_variable_looked_for()
    {
        var read = Read(3, ("GITHUB_ACTIONS", "true"), ("CI_NODE_TOTAL", "1"));

        read.Shard.Should().BeNull();
        read.Line.Should()
            .StartWith(
                "--shard auto found no shard index: none of GRADER_SHARD_INDEX, SLURM_ARRAY_TASK_ID, JOB_COMPLETION_INDEX, NOMAD_ALLOC_INDEX, CI_NODE_INDEX is set"
            )
            .And.Contain("strategy.job-index")
            .And.NotContain("\n");
    }

    [Fact]
    public void A_slurm_array_submitted_from_a_gitlab_job_is_read_as_slurm_and_the_line_says_what_was_ignored()
    {
        // sbatch exports the submitting job's environment: GitLab's variables reach the array's tasks.
        var read = Read(null, [.. SlurmArray(1, 0, 2, 3), ("CI_NODE_INDEX", "2"), ("CI_NODE_TOTAL", "2")]);

        read.Shard.Should().Be(new Shard(2, 3));
        read.Line.Should().EndWith("; ignored CI_NODE_INDEX of GitLab's parallel jobs");
    }

    [Fact]
    public void The_graders_own_variables_come_before_any_engines()
    {
        var read = Read(null, [.. SlurmArray(0, 0, 2, 3), ("GRADER_SHARD_INDEX", "1"), ("GRADER_SHARD_COUNT", "2")]);

        read.Shard.Should().Be(new Shard(2, 2));
        read.Line.Should().Contain("ignored SLURM_ARRAY_TASK_ID of a Slurm job array");
    }

    [Fact]
    public void Every_engines_shards_together_are_each_share_once()
    {
        var slurm = Enumerable.Range(5, 4).Select(id => Read(null, SlurmArray(id, 5, 8, 4)).Shard);
        var gitlab = Enumerable
            .Range(1, 4)
            .Select(i => Read(null, ("CI_NODE_INDEX", $"{i}"), ("CI_NODE_TOTAL", "4")).Shard);
        var kubernetes = Enumerable.Range(0, 4).Select(i => Read(4, ("JOB_COMPLETION_INDEX", $"{i}")).Shard);
        var nomad = Enumerable.Range(0, 4).Select(i => Read(4, ("NOMAD_ALLOC_INDEX", $"{i}")).Shard);
        var github = Enumerable
            .Range(0, 4)
            .Select(i => Read(null, ("GRADER_SHARD_INDEX", $"{i}"), ("GRADER_SHARD_COUNT", "4")).Shard);

        var expected = Enumerable.Range(1, 4).Select(k => new Shard(k, 4));
        foreach (var engine in new[] { slurm, gitlab, kubernetes, nomad, github })
            engine.Should().Equal(expected);
    }
}
