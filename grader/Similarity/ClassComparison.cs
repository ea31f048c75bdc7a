using System.Runtime.InteropServices;
using Grader.Rubric;

namespace Grader.Similarity;

/// <summary>
/// Compares every pair of a class's submissions, program by program, without comparing any two files token by token:
/// each file is fingerprinted once, an inverted index from fingerprint to files counts what each pair of files shares,
/// and only pairs that share enough are looked at closer.
/// </summary>
public static class ClassComparison
{
    /// <summary>Compares the submissions in <paramref name="folders"/>, a class of a lab with <paramref name="roles"/>,
    /// as <paramref name="settings"/> say.</summary>
    /// <exception cref="SimilarityException">A base file cannot be read.</exception>
    public static async Task<SimilarityReport> CompareAsync(
        IReadOnlyList<string> folders,
        IReadOnlyList<Role> roles,
        SimilaritySettings settings,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(folders);
        ArgumentNullException.ThrowIfNull(settings);
        var baseCode = await BaseCode.ReadAsync(settings.BaseFiles, settings.Fingerprints, cancellationToken);
        var files = await ClassFingerprints.TakeAsync(folders, roles, settings.Fingerprints, cancellationToken);

        // How many submissions hold each fingerprint: those in many are common knowledge.
        var holders = new Dictionary<ulong, int>();
        foreach (var submission in files.GroupBy(f => f.Submission, StringComparer.Ordinal))
        foreach (var hash in submission.SelectMany(f => f.Fingerprints).Select(f => f.Hash).Distinct())
            CollectionsMarshal.GetValueRefOrAddDefault(holders, hash, out _)++;
        var own = files
            .Select(f =>
                (IReadOnlyList<Fingerprint>)
                    f
                        .Fingerprints.Where(p =>
                            !baseCode.Contains(p.Hash) && !settings.IsCommon(holders[p.Hash], folders.Count)
                        )
                        .ToList()
            )
            .ToList();
        var ownHashes = own.Select(o => o.Select(p => p.Hash).ToHashSet()).ToList();

        var matches = new List<ProgramMatch>();
        foreach (var program in Enumerable.Range(0, files.Count).GroupBy(i => files[i].Program, StringComparer.Ordinal))
        {
            foreach (var ((a, b), shared) in SharedCounts(program, files, ownHashes))
            {
                if (shared < settings.MinimumShared)
                    continue;
                if (Match(files[a], own[a], files[b], own[b], settings.Threshold) is { } match)
                    matches.Add(match);
            }
        }

        // Each submission's own code in all: a file that plays two roles counts once.
        var ownTotal = Enumerable
            .Range(0, files.Count)
            .DistinctBy(i => (files[i].Submission, files[i].Path))
            .GroupBy(i => files[i].Submission, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(i => own[i].Count), StringComparer.Ordinal);
        var pairs = matches
            .GroupBy(m => (m.First.Submission, m.Second.Submission))
            .Select(g =>
            {
                var programs = g.DistinctBy(m => (m.First.Path, m.Second.Path)).ToList();
                var score =
                    (programs.Sum(m => m.First.Matched) + programs.Sum(m => m.Second.Matched))
                    / (double)Math.Max(1, ownTotal[g.Key.Item1] + ownTotal[g.Key.Item2]);
                return new SimilarPair(
                    g.Key.Item1,
                    g.Key.Item2,
                    Math.Min(1, score),
                    g.OrderByDescending(m => m.Share).ThenBy(m => m.Program, StringComparer.Ordinal).ToList()
                );
            })
            .OrderByDescending(p => p.Score)
            .ThenByDescending(p => p.MatchedLineCount)
            .ThenBy(p => p.First, StringComparer.Ordinal)
            .ThenBy(p => p.Second, StringComparer.Ordinal)
            .ToList();
        return new SimilarityReport(
            folders.Count,
            files.Select(f => (f.Submission, f.Path)).Distinct().Count(),
            settings.Threshold,
            settings.CommonShare,
            baseCode.Names,
            pairs,
            Clusters.Of(pairs)
        );
    }

    // For every pair of files of one program (in different submissions) that share a fingerprint, how many distinct
    // fingerprints they share: counted from the index, one posting list at a time.
    private static Dictionary<(int, int), int> SharedCounts(
        IEnumerable<int> program,
        IReadOnlyList<SourceFile> files,
        IReadOnlyList<HashSet<ulong>> ownHashes
    )
    {
        var index = new Dictionary<ulong, List<int>>();
        foreach (var file in program)
        foreach (var hash in ownHashes[file])
            (CollectionsMarshal.GetValueRefOrAddDefault(index, hash, out _) ??= []).Add(file);
        var counts = new Dictionary<(int, int), int>();
        foreach (var holders in index.Values)
            for (var i = 0; i < holders.Count; i++)
            for (var j = i + 1; j < holders.Count; j++)
                if (files[holders[i]].Submission != files[holders[j]].Submission)
                    CollectionsMarshal.GetValueRefOrAddDefault(counts, (holders[i], holders[j]), out _)++;
        return counts;
    }

    private static ProgramMatch? Match(
        SourceFile a,
        IReadOnlyList<Fingerprint> ownA,
        SourceFile b,
        IReadOnlyList<Fingerprint> ownB,
        double threshold
    )
    {
        if (string.CompareOrdinal(a.Submission, b.Submission) > 0)
            (a, ownA, b, ownB) = (b, ownB, a, ownA);
        var shared = ownA.Select(p => p.Hash).ToHashSet();
        shared.IntersectWith(ownB.Select(p => p.Hash));
        var matchedA = ownA.Count(p => shared.Contains(p.Hash));
        var matchedB = ownB.Count(p => shared.Contains(p.Hash));
        var (shareA, shareB) = (matchedA / (double)ownA.Count, matchedB / (double)ownB.Count);
        if (Math.Max(shareA, shareB) < threshold)
            return null;
        var (linesA, linesB) = MatchRegions.Of(a, ownA, b, ownB, shared);
        return new ProgramMatch(
            a.Program,
            new MatchedFile(a.Submission, a.Path, shareA, matchedA, linesA, a.Text),
            new MatchedFile(b.Submission, b.Path, shareB, matchedB, linesB, b.Text),
            shared.Count
        );
    }
}
