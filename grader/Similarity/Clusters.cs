namespace Grader.Similarity;

/// <summary>The groups of three or more submissions that reported pairs join (connected components).</summary>
internal static class Clusters
{
    /// <summary>The clusters of <paramref name="pairs"/>, the largest first, then by name.</summary>
    public static IReadOnlyList<SimilarityCluster> Of(IReadOnlyList<SimilarPair> pairs)
    {
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        string Root(string name)
        {
            while (parent.TryGetValue(name, out var up) && up != name)
                name = up;
            return name;
        }
        foreach (var pair in pairs)
        {
            parent.TryAdd(pair.First, pair.First);
            parent.TryAdd(pair.Second, pair.Second);
            var (a, b) = (Root(pair.First), Root(pair.Second));
            if (a != b)
                parent[string.CompareOrdinal(a, b) < 0 ? b : a] = string.CompareOrdinal(a, b) < 0 ? a : b;
        }
        return parent
            .Keys.GroupBy(Root, StringComparer.Ordinal)
            .Where(g => g.Count() >= 3)
            .Select(g =>
            {
                var members = g.Order(StringComparer.Ordinal).ToList();
                var set = members.ToHashSet(StringComparer.Ordinal);
                return new SimilarityCluster(members, pairs.Count(p => set.Contains(p.First)));
            })
            .OrderByDescending(c => c.Submissions.Count)
            .ThenBy(c => c.Submissions[0], StringComparer.Ordinal)
            .ToList();
    }
}
