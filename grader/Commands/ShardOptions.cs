using System.CommandLine;
using System.Globalization;
using Grader.Batch;

namespace Grader.Commands;

/// <summary><c>batch</c>'s <c>--shard K/N|auto</c> and <c>--shard-count N</c>: which share of the class this run grades,
/// given, or read from the scheduler's or CI engine's variables (<see cref="AutoShard"/>).</summary>
/// <param name="environment">The variables <c>--shard auto</c> reads: this process's, or a test's.</param>
internal sealed class ShardOptions(IReadOnlyDictionary<string, string> environment)
{
    /// <summary>The value of <c>--shard</c> that reads the engine's variables.</summary>
    public const string Auto = "auto";

    private readonly Option<string?> _shard = new("--shard")
    {
        Description =
            "Grade share K of N (K/N) of the class, for N jobs of a scheduler or CI matrix; or 'auto' to read it from the engine (Slurm array, Kubernetes Indexed Job, Nomad, GitLab parallel, or GRADER_SHARD_INDEX/GRADER_SHARD_COUNT). Join the outputs with 'grader merge'.",
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (text == Auto || Batch.Shard.TryParse(text) is not null)
                return text;
            result.AddError($"--shard takes K/N with 1 ≤ K ≤ N, such as 1/4, or auto, not '{text}'");
            return null;
        },
    };

    private readonly Option<int?> _count = new("--shard-count")
    {
        Description =
            "With --shard auto, how many shards there are, for an engine that does not say (Kubernetes, Nomad): the Job's completions, the group's count.",
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= 1)
                return count;
            result.AddError($"--shard-count takes a number of at least 1, not '{text}'");
            return null;
        },
    };

    /// <summary>Adds the options to <paramref name="command"/>, with the rule that <c>--shard auto</c> must find its
    /// share before anything runs.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(_shard);
        command.Options.Add(_count);
        command.Validators.Add(result =>
        {
            // Read from the tokens: a value its own parser refused is already said, in its own line.
            var shard = result.GetResult(_shard)?.Tokens.SingleOrDefault()?.Value;
            var countToken = result.GetResult(_count)?.Tokens.SingleOrDefault()?.Value;
            int? count = null;
            if (countToken is not null)
            {
                if (
                    !int.TryParse(countToken, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)
                    || parsed < 1
                )
                    return;
                count = parsed;
            }
            if (shard != Auto)
            {
                if (count is not null)
                    result.AddError("--shard-count goes with --shard auto; --shard K/N says the count itself");
                return;
            }
            if (AutoShard.Read(environment, count) is { Shard: null } refused)
                result.AddError(refused.Line);
        });
    }

    /// <summary>The share the parse names (the whole class by default), and for <c>auto</c> the line that says where
    /// it came from.</summary>
    public (Shard Shard, string? Note) Shard(ParseResult parse)
    {
        var text = parse.GetValue(_shard);
        if (text != Auto)
            return (text is null ? Batch.Shard.Whole : Batch.Shard.TryParse(text)!, null);
        var read = AutoShard.Read(environment, parse.GetValue(_count));
        return (read.Shard!, read.Line);
    }
}
