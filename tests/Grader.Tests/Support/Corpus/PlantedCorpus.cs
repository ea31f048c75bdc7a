namespace Grader.Tests.Support.Corpus;

/// <summary>What a generated class holds: independent solutions, and groups of disguised copies of one
/// solution.</summary>
/// <param name="Independent">The submissions written independently, each following the lecture.</param>
/// <param name="CopyGroups">Each group: an original and its disguised copies.</param>
public sealed record PlantedCorpus(IReadOnlyList<string> Independent, IReadOnlyList<IReadOnlyList<string>> CopyGroups)
{
    /// <summary>Every submission, in name order.</summary>
    public IReadOnlyList<string> All =>
        [.. Independent.Concat(CopyGroups.SelectMany(g => g)).Order(StringComparer.Ordinal)];

    /// <summary>The pairs a similarity report must find: every two members of a copy group, in name order.</summary>
    public IReadOnlySet<(string, string)> PlantedPairs =>
        CopyGroups
            .SelectMany(members =>
                from a in members
                from b in members
                where string.CompareOrdinal(a, b) < 0
                select (a, b)
            )
            .ToHashSet();
}
