namespace Grader.Similarity;

/// <summary>
/// The lines of two files that their shared fingerprints cover, as ranges; a range of one file and a range of the other
/// that share fingerprints carry the same region number, so a side-by-side view colours what matches what alike. A
/// region of the first file ends where its code goes on in another place of the second (a function moved elsewhere).
/// </summary>
internal static class MatchRegions
{
    // How far ahead in the second file the next matched fingerprint may be and still continue the same region.
    private const int Jump = 6;

    /// <summary>The matched lines of <paramref name="firstFile"/> and <paramref name="secondFile"/>, from their own
    /// fingerprints <paramref name="first"/> and <paramref name="second"/> and the hashes they share.</summary>
    public static (IReadOnlyList<MatchedLines> First, IReadOnlyList<MatchedLines> Second) Of(
        SourceFile firstFile,
        IReadOnlyList<Fingerprint> first,
        SourceFile secondFile,
        IReadOnlyList<Fingerprint> second,
        HashSet<ulong> shared
    )
    {
        var (firstRanges, firstHashes) = Ranges(firstFile.Text, first, LinesOf(second, shared));
        var (secondRanges, secondHashes) = Ranges(secondFile.Text, second, LinesOf(first, shared));
        var regionOf = new Dictionary<ulong, int>();
        for (var i = 0; i < firstRanges.Count; i++)
            foreach (var hash in firstHashes[i])
                regionOf.TryAdd(hash, i);
        // A range of the second file takes the region most of its fingerprints have in the first (a short k-gram of
        // structure alone, such as a function's first line, may be found in several).
        var regions = secondHashes
            .Select(hashes =>
                hashes
                    .Where(regionOf.ContainsKey)
                    .GroupBy(h => regionOf[h])
                    .OrderByDescending(g => g.Count())
                    .ThenBy(g => g.Key)
                    .Select(g => g.Key)
                    .FirstOrDefault()
            )
            .ToList();
        return (
            Trim(firstRanges.Select((r, i) => new MatchedLines(r.First, r.Last, i)).ToList()),
            Trim(secondRanges.Select((r, i) => new MatchedLines(r.First, r.Last, regions[i])).ToList())
        );
    }

    private static Dictionary<ulong, int> LinesOf(IReadOnlyList<Fingerprint> prints, HashSet<ulong> shared)
    {
        var lines = new Dictionary<ulong, int>();
        foreach (var print in prints.Where(f => shared.Contains(f.Hash)))
            lines.TryAdd(print.Hash, print.FirstLine);
        return lines;
    }

    // A file's matched ranges, in order, with the hashes in each: a new range where code lies between, or where the
    // other file's counterpart goes back or jumps ahead.
    private static (List<(int First, int Last)> Ranges, List<List<ulong>> Hashes) Ranges(
        string text,
        IReadOnlyList<Fingerprint> prints,
        Dictionary<ulong, int> lineInOther
    )
    {
        var lines = text.Split('\n');
        var ranges = new List<(int First, int Last)>();
        var hashes = new List<List<ulong>>();
        var previous = -1;
        foreach (var print in prints.Where(f => lineInOther.ContainsKey(f.Hash)).OrderBy(f => f.FirstLine))
        {
            var there = lineInOther[print.Hash];
            var continues =
                ranges.Count > 0
                && OnlyBlankBetween(lines, ranges[^1].Last, print.FirstLine)
                && there >= previous
                && there <= previous + Jump;
            if (continues)
                ranges[^1] = (ranges[^1].First, Math.Max(ranges[^1].Last, print.LastLine));
            else
            {
                ranges.Add((print.FirstLine, print.LastLine));
                hashes.Add([]);
            }
            hashes[^1].Add(print.Hash);
            previous = there;
        }
        return (ranges, hashes);
    }

    // Overlapping ranges (a k-gram reaches into the next region's lines) give the later one only its own lines.
    private static List<MatchedLines> Trim(List<MatchedLines> ranges)
    {
        var trimmed = new List<MatchedLines>();
        foreach (var range in ranges)
        {
            var first = trimmed.Count > 0 ? Math.Max(range.First, trimmed[^1].Last + 1) : range.First;
            if (first <= range.Last)
                trimmed.Add(range with { First = first });
        }
        return trimmed;
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
