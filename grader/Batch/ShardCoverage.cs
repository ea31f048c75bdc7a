namespace Grader.Batch;

/// <summary>Which shares of a class a set of outputs holds, by their records: those found, those of the split that are
/// missing, those held twice, and what the joined output holds (<c>1/1</c> once every share of the split is there).</summary>
/// <param name="Found">Every share found, once, in order.</param>
/// <param name="Missing">The shares of the split that none holds (none when the outputs are of different splits).</param>
/// <param name="Duplicated">The shares held by more than one output, or already within a whole one.</param>
/// <param name="Held">What the joined output holds.</param>
public sealed record ShardCoverage(
    IReadOnlyList<string> Found,
    IReadOnlyList<string> Missing,
    IReadOnlyList<string> Duplicated,
    IReadOnlyList<string> Held
)
{
    /// <summary>The coverage of the shares <paramref name="shards"/> (<c>K/N</c>, one for each output's record, a
    /// joined output's several), an unreadable one ignored.</summary>
    public static ShardCoverage Of(IReadOnlyList<string> shards)
    {
        ArgumentNullException.ThrowIfNull(shards);
        var parsed = shards.Select(Shard.TryParse).OfType<Shard>().ToList();
        var found = parsed.Distinct().OrderBy(s => s.Count).ThenBy(s => s.Number).ToList();
        var duplicated = parsed.GroupBy(s => s).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        if (found.Contains(Shard.Whole))
            duplicated.UnionWith(found.Where(s => s != Shard.Whole));
        var counts = found.Select(s => s.Count).Distinct().ToList();
        var missing =
            counts.Count == 1
                ? Enumerable.Range(1, counts[0]).Select(k => new Shard(k, counts[0])).Except(found).ToList()
                : [];
        var whole = found.Contains(Shard.Whole) || (counts.Count == 1 && missing.Count == 0);
        return new ShardCoverage(
            Names(found),
            Names(missing),
            Names(found.Where(duplicated.Contains)),
            whole ? [Shard.Whole.ToString()] : Names(found)
        );
    }

    private static List<string> Names(IEnumerable<Shard> shards) => [.. shards.Select(s => s.ToString())];
}
