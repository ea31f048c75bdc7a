using System.Globalization;

namespace Grader.Batch;

/// <summary>
/// <c>--shard auto</c>: the share a job of a scheduler's array or a CI pipeline's parallel jobs grades, read from the
/// variables its engine sets. Engines are looked for in a fixed order, the grader's own variables first, then Slurm,
/// Kubernetes, Nomad and GitLab (a GitLab job's variables reach the Slurm or Kubernetes jobs it submits, never the
/// other way round); the first whose index is set is used, and the line says which and what it ignored.
/// </summary>
/// <param name="Shard">The share, or null when it could not be read.</param>
/// <param name="Line">One line for the user: where the share came from, or why there is none.</param>
public sealed record AutoShard(Shard? Shard, string Line)
{
    /// <summary>The grader's own 0-based index, for an engine that has no variable of its own (GitHub Actions passes
    /// <c>strategy.job-index</c> here).</summary>
    public const string IndexVariable = "GRADER_SHARD_INDEX";

    /// <summary>The grader's own count, beside <see cref="IndexVariable"/>.</summary>
    public const string CountVariable = "GRADER_SHARD_COUNT";

    private static readonly IReadOnlyList<Engine> Engines =
    [
        new("the grader's variables", IndexVariable, Grader),
        new("a Slurm job array", "SLURM_ARRAY_TASK_ID", Slurm),
        new("a Kubernetes Indexed Job", "JOB_COMPLETION_INDEX", e => Given(e, "JOB_COMPLETION_INDEX", 0)),
        new("a Nomad task group", "NOMAD_ALLOC_INDEX", e => Given(e, "NOMAD_ALLOC_INDEX", 0)),
        new("GitLab's parallel jobs", "CI_NODE_INDEX", GitLab),
    ];

    /// <summary>The names of the variables that hold an index, in the order they are looked for.</summary>
    public static IReadOnlyList<string> IndexVariables { get; } = [.. Engines.Select(e => e.Index)];

    /// <summary>Reads the share from <paramref name="environment"/>; <paramref name="count"/> is <c>--shard-count</c>,
    /// which an engine that gives no count needs and one that gives it must agree with.</summary>
    public static AutoShard Read(IReadOnlyDictionary<string, string> environment, int? count)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var present = Engines.Where(e => environment.ContainsKey(e.Index)).ToList();
        if (present.Count == 0)
            return new AutoShard(
                null,
                $"--shard auto found no shard index: none of {string.Join(", ", IndexVariables)} is set (on GitHub Actions set {IndexVariable} and {CountVariable} from strategy.job-index and strategy.job-total; elsewhere give --shard K/N)"
            );
        var engine = present[0];
        var ignored =
            present.Count > 1
                ? $"; ignored {string.Join(", ", present.Skip(1).Select(e => $"{e.Index} of {e.Name}"))}"
                : "";
        var found = engine.Read(environment);
        if (found.Refusal is { } refusal)
            return new AutoShard(null, $"--shard auto: {engine.Name}: {refusal}{ignored}");
        var total = found.Count ?? count;
        if (total is null)
            return new AutoShard(
                null,
                $"--shard auto: {engine.Name} gives its index ({found.Evidence}) but not how many shards there are: add --shard-count N{ignored}"
            );
        if (found.Count is { } given && count is { } asked && given != asked)
            return new AutoShard(
                null,
                $"--shard auto: {engine.Name} runs {given} shards ({found.Evidence}), not --shard-count {asked}{ignored}"
            );
        if (found.Index >= total)
            return new AutoShard(
                null,
                $"--shard auto: {engine.Name}'s index {found.Index} ({found.Evidence}) is not below the shard count {total}{ignored}"
            );
        var shard = new Shard(found.Index + 1, total.Value);
        var counted = found.Count is null ? $", --shard-count {total}" : "";
        return new AutoShard(
            shard,
            $"--shard auto: shard {shard} from {engine.Name} ({found.Evidence}{counted}){ignored}"
        );
    }

    /// <summary>This process's environment, as <see cref="Read"/> takes it.</summary>
    public static IReadOnlyDictionary<string, string> ProcessEnvironment() =>
        Environment
            .GetEnvironmentVariables()
            .Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => e.Value as string ?? "", StringComparer.Ordinal);

    // GRADER_SHARD_INDEX is 0-based, as every engine's but GitLab's; GRADER_SHARD_COUNT is optional.
    private static Found Grader(IReadOnlyDictionary<string, string> environment)
    {
        var index = Given(environment, IndexVariable, 0);
        if (index.Refusal is not null || !environment.ContainsKey(CountVariable))
            return index;
        return Number(environment, CountVariable, 1, out var count) is { } bad
            ? Found.Refused(bad)
            : index with
            {
                Count = count,
                Evidence = $"{index.Evidence}, {CountVariable}={count}",
            };
    }

    // The array's tasks are numbered from its MIN, one apart: a stepped (--array=0-10:2) or sparse (--array=1,3,7)
    // array has gaps, which would leave the shards of the missing numbers ungraded.
    private static Found Slurm(IReadOnlyDictionary<string, string> environment)
    {
        if (Number(environment, "SLURM_ARRAY_TASK_ID", 0, out var id) is { } badId)
            return Found.Refused(badId);
        if (Number(environment, "SLURM_ARRAY_TASK_MIN", 0, out var min) is { } badMin)
            return Found.Refused(badMin);
        if (Number(environment, "SLURM_ARRAY_TASK_MAX", 0, out var max) is { } badMax)
            return Found.Refused(badMax);
        if (Number(environment, "SLURM_ARRAY_TASK_COUNT", 1, out var count) is { } badCount)
            return Found.Refused(badCount);
        if (environment.TryGetValue("SLURM_ARRAY_TASK_STEP", out var step) && step != "1")
            return Found.Refused(
                $"the array is stepped (SLURM_ARRAY_TASK_STEP={step}): submit it with consecutive indices, such as --array=0-{count - 1}"
            );
        if (count != max - min + 1)
            return Found.Refused(
                $"the array is sparse (SLURM_ARRAY_TASK_COUNT={count} tasks from {min} to {max}): submit it with consecutive indices, such as --array=0-{count - 1}"
            );
        var evidence =
            min == 0
                ? $"SLURM_ARRAY_TASK_ID={id}, SLURM_ARRAY_TASK_COUNT={count}"
                : $"SLURM_ARRAY_TASK_ID={id} - SLURM_ARRAY_TASK_MIN={min}, SLURM_ARRAY_TASK_COUNT={count}";
        return new Found(id - min, count, evidence, null);
    }

    // GitLab counts its jobs from 1.
    private static Found GitLab(IReadOnlyDictionary<string, string> environment)
    {
        if (Number(environment, "CI_NODE_INDEX", 1, out var index) is { } bad)
            return Found.Refused(bad);
        if (Number(environment, "CI_NODE_TOTAL", 1, out var total) is { } badTotal)
            return Found.Refused(badTotal);
        return new Found(index - 1, total, $"CI_NODE_INDEX={index}, CI_NODE_TOTAL={total}", null);
    }

    // An engine that gives a 0-based index and no count.
    private static Found Given(IReadOnlyDictionary<string, string> environment, string name, int least) =>
        Number(environment, name, least, out var index) is { } bad
            ? Found.Refused(bad)
            : new Found(index, null, $"{name}={index}", null);

    // Null when the variable holds a whole number of at least least; else what is wrong with it.
    private static string? Number(
        IReadOnlyDictionary<string, string> environment,
        string name,
        int least,
        out int value
    )
    {
        value = 0;
        if (!environment.TryGetValue(name, out var text))
            return $"{name} is not set";
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= least
            ? null
            : $"{name} is '{text}', not a whole number of at least {least}";
    }

    private sealed record Engine(string Name, string Index, Func<IReadOnlyDictionary<string, string>, Found> Read);

    private sealed record Found(int Index, int? Count, string Evidence, string? Refusal)
    {
        public static Found Refused(string why) => new(0, null, "", why);
    }
}
