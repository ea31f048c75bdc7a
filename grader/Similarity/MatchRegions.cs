namespace Grader.Similarity;

/// <summary>
/// The lines of two files that their shared fingerprints cover, as ranges; a range of one file and a range of the other
/// that share a fingerprint carry the same region number, so a side-by-side view colours what matches what alike.
/// </summary>
internal static class MatchRegions
{
    /// <summary>The matched lines of <paramref name="first"/> and <paramref name="second"/> (their own fingerprints),
    /// given the hashes they share.</summary>
    public static (IReadOnlyList<MatchedLines> First, IReadOnlyList<MatchedLines> Second) Of(
        SourceFile firstFile,
        IReadOnlyList<Fingerprint> first,
        SourceFile secondFile,
        IReadOnlyList<Fingerprint> second,
        HashSet<ulong> shared
    )
    {
        var (firstRanges, firstRegionOf) = Ranges(firstFile.Text, first, shared);
        var (secondRanges, secondRegionOf) = Ranges(secondFile.Text, second, shared);
        // Region numbers are the first file's range numbers; a range of the second file takes the smallest region
        // among the ranges of the first that share a fingerprint with it.
        var regionOfSecond = new int[secondRanges.Count];
        Array.Fill(regionOfSecond, int.MaxValue);
        foreach (var (hash, index) in secondRegionOf)
            if (firstRegionOf.TryGetValue(hash, out var region))
                regionOfSecond[index] = Math.Min(regionOfSecond[index], region);
        return (
            firstRanges.Select((r, i) => new MatchedLines(r.First, r.Last, i)).ToList(),
            secondRanges
                .Select(
                    (r, i) =>
                        new MatchedLines(r.First, r.Last, regionOfSecond[i] == int.MaxValue ? 0 : regionOfSecond[i])
                )
                .ToList()
        );
    }

    private static (List<(int First, int Last)> Ranges, Dictionary<ulong, int> RangeOf) Ranges(
        string text,
        IReadOnlyList<Fingerprint> fingerprints,
        HashSet<ulong> shared
    )
    {
        var lines = text.Split('\n');
        var ranges = new List<(int First, int Last)>();
        var rangeOf = new Dictionary<ulong, int>();
        foreach (var print in fingerprints.Where(f => shared.Contains(f.Hash)).OrderBy(f => f.FirstLine))
        {
            if (ranges.Count > 0 && OnlyBlankBetween(lines, ranges[^1].Last, print.FirstLine))
                ranges[^1] = (ranges[^1].First, Math.Max(ranges[^1].Last, print.LastLine));
            else
                ranges.Add((print.FirstLine, print.LastLine));
            rangeOf.TryAdd(print.Hash, ranges.Count - 1);
        }
        return (ranges, rangeOf);
    }

    // Whether the lines after `last` and before `next` hold no code, so two ranges either side are one.
    private static bool OnlyBlankBetween(string[] lines, int last, int next)
    {
        for (var line = last + 1; line < next; line++)
        {
            var trimmed = line - 1 < lines.Length ? lines[line - 1].Trim() : "";
            if (trimmed.Length > 0 && !trimmed.StartsWith('#') && !trimmed.StartsWith("//", StringComparison.Ordinal))
                return false;
        }
        return true;
    }
}
