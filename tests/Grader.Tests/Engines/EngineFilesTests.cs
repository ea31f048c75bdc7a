using System.CommandLine;
using System.CommandLine.Parsing;
using FluentAssertions;
using Grader.Batch;
using Grader.Commands;
using Grader.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Grader.Tests.Engines;

/// <summary>
/// The ready-to-copy files of docs/engines/ run valid <c>grader</c> commands: each command line their scripts run is
/// parsed by the grader's own command line (its validators included, <c>--shard auto</c> under the variables the engine
/// gives each shard), every shard grades a different share, and the merge reads exactly what the shards wrote.
/// </summary>
public sealed class EngineFilesTests : IDisposable
{
    private readonly TempFolder _root = new();

    [Fact]
    public void Kubernetes_indexed_job_shards_write_what_the_merge_job_reads()
    {
        var documents = Load("kubernetes.yaml");
        var shards = documents.Single(d => Name(d) == "grade-shards");
        var merge = documents.Single(d => Name(d) == "merge-shards");
        ((YamlScalarNode)shards["spec"]["completionMode"]).Value.Should().Be("Indexed");
        var count = int.Parse(((YamlScalarNode)shards["spec"]["completions"]).Value!);
        count.Should().BeGreaterThan(1);
        Claims(shards).Should().Equal(Claims(merge), "the shards and the merge mount one volume");

        var outputs = Enumerable
            .Range(0, count)
            .Select(i =>
                Shard(
                    ScriptOf(shards),
                    new Dictionary<string, string> { ["JOB_COMPLETION_INDEX"] = $"{i}" },
                    new Shard(i + 1, count)
                )
            )
            .ToList();

        MergeInputs(ScriptOf(merge), new Dictionary<string, string>(), outputs).Should().BeEquivalentTo(outputs);
    }

    [Fact]
    public void Github_actions_matrix_shards_upload_the_artifacts_the_merge_job_downloads_and_merges()
    {
        var workflow = Load("github-actions.yml").Single();
        var jobs = (YamlMappingNode)workflow["jobs"];
        var shardJob = (YamlMappingNode)jobs["shard"];
        var mergeJob = (YamlMappingNode)jobs["merge"];
        var count = ((YamlSequenceNode)shardJob["strategy"]["matrix"]["shard"]).Children.Count;
        count.Should().BeGreaterThan(1);
        ((YamlScalarNode)mergeJob["needs"]).Value.Should().Be("shard");
        var download = Steps(mergeJob).Single(s => Uses(s).StartsWith("actions/download-artifact@"));
        var downloadPattern = With(download, "pattern");
        var downloadPath = With(download, "path");

        var artifacts = new List<string>();
        for (var index = 0; index < count; index++)
        {
            var expressions = new Dictionary<string, string>
            {
                ["${{ strategy.job-index }}"] = $"{index}",
                ["${{ strategy.job-total }}"] = $"{count}",
            };
            var env = ((YamlMappingNode)shardJob["env"]).Children.ToDictionary(
                e => ((YamlScalarNode)e.Key).Value!,
                e => Expand(((YamlScalarNode)e.Value).Value!, expressions)
            );
            var output = Shard(RunLines(shardJob), env, new Shard(index + 1, count));
            var upload = Steps(shardJob).Single(s => Uses(s).StartsWith("actions/upload-artifact@"));
            With(upload, "path").Should().Be(output, "the shard uploads what it wrote");
            var name = Expand(With(upload, "name"), expressions);
            ShellLine.Matches(downloadPattern, name).Should().BeTrue($"the merge job downloads {name}");
            artifacts.Add($"{downloadPath}/{name}"); // download-artifact puts each artifact in a folder of its name
        }

        artifacts.Should().OnlyHaveUniqueItems();
        MergeInputs(RunLines(mergeJob), new Dictionary<string, string>(), artifacts).Should().BeEquivalentTo(artifacts);
    }

    [Fact]
    public void Gitlab_parallel_jobs_keep_the_artifacts_the_merge_job_needs_and_merges()
    {
        var pipeline = Load("gitlab-ci.yml").Single();
        var grade = (YamlMappingNode)pipeline["grade"];
        var merge = (YamlMappingNode)pipeline["merge"];
        var count = int.Parse(((YamlScalarNode)grade["parallel"]).Value!);
        count.Should().BeGreaterThan(1);
        ((YamlSequenceNode)merge["needs"])
            .Children.OfType<YamlMappingNode>()
            .Select(n => ((YamlScalarNode)n["job"]).Value)
            .Should()
            .Contain("grade");
        var kept = ((YamlSequenceNode)grade["artifacts"]["paths"]).Children.Select(p => ((YamlScalarNode)p).Value!);

        var outputs = Enumerable
            .Range(1, count)
            .Select(i =>
                Shard(
                    Script(grade),
                    new Dictionary<string, string> { ["CI_NODE_INDEX"] = $"{i}", ["CI_NODE_TOTAL"] = $"{count}" },
                    new Shard(i, count)
                )
            )
            .ToList();

        outputs.Should().OnlyContain(o => kept.Any(k => (o + "/").StartsWith(k, StringComparison.Ordinal)));
        MergeInputs(Script(merge), new Dictionary<string, string>(), outputs).Should().BeEquivalentTo(outputs);
    }

    [Fact]
    public void A_command_line_the_grader_would_refuse_is_caught()
    {
        // The check itself: a misspelt option and a stepped Slurm array are refused by the grader's own parser.
        var act = () => Parse(["batch", "class", "--out", "out", "--shards", "auto"], new Dictionary<string, string>());
        act.Should().Throw<Exception>().WithMessage("*--shards*");
        var stepped = () =>
            Parse(
                ["batch", "class", "--out", "out", "--shard", "auto"],
                new Dictionary<string, string>
                {
                    ["SLURM_ARRAY_TASK_ID"] = "2",
                    ["SLURM_ARRAY_TASK_MIN"] = "0",
                    ["SLURM_ARRAY_TASK_MAX"] = "10",
                    ["SLURM_ARRAY_TASK_COUNT"] = "6",
                    ["SLURM_ARRAY_TASK_STEP"] = "2",
                }
            );
        stepped.Should().Throw<Exception>().WithMessage("*stepped*");
    }

    public void Dispose() => _root.Dispose();

    // The shard's one grader command under env: a batch of share expected; returns its --out.
    private string Shard(IEnumerable<string> lines, IReadOnlyDictionary<string, string> env, Shard expected)
    {
        var commands = lines.Select(l => ShellLine.GraderArguments(l, env)).OfType<IReadOnlyList<string>>().ToList();
        commands.Should().ContainSingle("a shard runs one grader command");
        var parse = Parse(commands[0], env);
        parse.CommandResult.Command.Name.Should().Be("batch");
        Value(parse, "--shard").Should().Be("auto");
        var count = Value(parse, "--shard-count") is { } text ? int.Parse(text) : (int?)null;
        AutoShard.Read(env, count).Shard.Should().Be(expected);
        return Value(parse, "--out")!;
    }

    // The merge's one grader command: its inputs, a glob expanded as the shell would over the shards' outputs.
    private IReadOnlyList<string> MergeInputs(
        IEnumerable<string> lines,
        IReadOnlyDictionary<string, string> env,
        IReadOnlyList<string> outputs
    )
    {
        var commands = lines.Select(l => ShellLine.GraderArguments(l, env)).OfType<IReadOnlyList<string>>().ToList();
        commands.Should().ContainSingle("the merge runs one grader command");
        Parse(commands[0], env).CommandResult.Command.Name.Should().Be("merge");
        var inputs = GraderCommandLine
            .Create(env)
            .Parse(commands[0])
            .CommandResult.Children.OfType<ArgumentResult>()
            .SelectMany(a => a.Tokens)
            .Select(t => t.Value);
        return [.. inputs.SelectMany(i => i.Contains('*') ? outputs.Where(o => ShellLine.Matches(i, o)) : [i])];
    }

    // Parses with the grader's own root command. The positional arguments (the class, the outputs to merge) are
    // folders its validators look for: they are made under a scratch folder for the parse. A glob stays as it is.
    private ParseResult Parse(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> env)
    {
        var first = GraderCommandLine.Create(env).Parse(arguments);
        var positional = first
            .CommandResult.Children.OfType<ArgumentResult>()
            .SelectMany(a => a.Tokens)
            .Select(t => t.Value)
            .ToHashSet();
        foreach (var path in positional.Where(p => !p.Contains('*')))
            Directory.CreateDirectory(Path.Combine(_root.Path, path.TrimStart('/')));
        var rewritten = arguments
            .Select(a => positional.Contains(a) && !a.Contains('*') ? Path.Combine(_root.Path, a.TrimStart('/')) : a)
            .ToList();
        var parse = GraderCommandLine.Create(env).Parse(rewritten);
        if (parse.Errors.Count > 0 || parse.UnmatchedTokens.Count > 0)
            throw new InvalidOperationException(
                $"grader {string.Join(' ', arguments)}: {string.Join("; ", parse.Errors.Select(e => e.Message).Concat(parse.UnmatchedTokens))}"
            );
        return parse;
    }

    private static string? Value(ParseResult parse, string option)
    {
        var symbol = parse.CommandResult.Command.Options.Single(o => o.Name == option);
        return parse.GetResult(symbol)?.Tokens.SingleOrDefault()?.Value;
    }

    private static List<YamlMappingNode> Load(string file)
    {
        var stream = new YamlStream();
        using var reader = new StringReader(File.ReadAllText(Path.Combine(Repository.Root, "docs", "engines", file)));
        stream.Load(reader);
        return [.. stream.Documents.Select(d => (YamlMappingNode)d.RootNode)];
    }

    private static string? Name(YamlMappingNode document) =>
        document.Children.TryGetValue("metadata", out var metadata) ? ((YamlScalarNode)metadata["name"]).Value : null;

    private static YamlMappingNode Container(YamlMappingNode job) =>
        (YamlMappingNode)((YamlSequenceNode)job["spec"]["template"]["spec"]["containers"]).Children.Single();

    private static IEnumerable<string> ScriptOf(YamlMappingNode job)
    {
        var container = Container(job);
        ((YamlSequenceNode)container["command"])
            .Children.Select(c => ((YamlScalarNode)c).Value)
            .Should()
            .Equal("sh", "-c");
        return ((YamlScalarNode)((YamlSequenceNode)container["args"]).Children.Single()).Value!.Split('\n');
    }

    private static IEnumerable<string> Claims(YamlMappingNode job) =>
        ((YamlSequenceNode)job["spec"]["template"]["spec"]["volumes"]).Children.Select(v =>
            ((YamlScalarNode)v["persistentVolumeClaim"]["claimName"]).Value!
        );

    private static IEnumerable<YamlMappingNode> Steps(YamlMappingNode job) =>
        ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>();

    private static string Uses(YamlMappingNode step) =>
        step.Children.TryGetValue("uses", out var uses) ? ((YamlScalarNode)uses).Value! : "";

    private static string With(YamlMappingNode step, string key) => ((YamlScalarNode)step["with"][key]).Value!;

    private static IEnumerable<string> RunLines(YamlMappingNode job) =>
        Steps(job)
            .Where(s => s.Children.ContainsKey("run"))
            .SelectMany(s => ((YamlScalarNode)s["run"]).Value!.Split('\n'));

    private static IEnumerable<string> Script(YamlMappingNode job) =>
        ((YamlSequenceNode)job["script"]).Children.Select(l => ((YamlScalarNode)l).Value!);

    private static string Expand(string text, IReadOnlyDictionary<string, string> expressions) =>
        expressions.Aggregate(text, (t, e) => t.Replace(e.Key, e.Value, StringComparison.Ordinal));
}
