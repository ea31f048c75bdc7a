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

        // How many submissions hold each fingerprint: those in many are common knowledge, those in several weak
        // evidence.
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
        double Weight(ulong hash) => settings.Weight(holders[hash]);

        // Each submission's own code in all (a file that plays two roles counts once): what a pair's score is a
        // share of.
        var ownTotal = Enumerable
            .Range(0, files.Count)
            .DistinctBy(i => (files[i].Submission, files[i].Path))
            .GroupBy(i => files[i].Submission, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(i => own[i].Sum(p => Weight(p.Hash))), StringComparer.Ordinal);

        var candidates = new List<Candidate>();
        foreach (var program in Enumerable.Range(0, files.Count).GroupBy(i => files[i].Program, StringComparer.Ordinal))
        foreach (var ((a, b), shared) in SharedCounts(program, files, ownHashes, Weight))
            if (shared >= settings.MinimumShared)
                candidates.Add(Candidate.Of(files, own, a, b, Weight));
        // Shares are of weighed code too: a copy of a program made of idioms still matches in full.
        var ownWeight = own.Select(o => Math.Max(1e-9, o.Sum(p => Weight(p.Hash)))).ToList();

        var pairs = candidates
            .GroupBy(c => (files[c.First].Submission, files[c.Second].Submission))
            .Select(g => (Key: g.Key, Programs: g.ToList(), Score: Score(g, files, ownTotal)))
            .Where(p => p.Score >= settings.Threshold)
            .Select(p => new SimilarPair(
                p.Key.Item1,
                p.Key.Item2,
                p.Score,
                p.Programs.Select(c => c.Match(files, own, ownWeight))
                    .OrderByDescending(m => m.Share)
                    .ThenBy(m => m.Program, StringComparer.Ordinal)
                    .ToList()
            ))
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

    // The share of both submissions' own code that their matched programs cover (a file matched for two roles once).
    private static double Score(
        IEnumerable<Candidate> programs,
        IReadOnlyList<SourceFile> files,
        IReadOnlyDictionary<string, double> ownTotal
    )
    {
        var distinct = programs.DistinctBy(c => (files[c.First].Path, files[c.Second].Path)).ToList();
        var total = ownTotal[files[distinct[0].First].Submission] + ownTotal[files[distinct[0].Second].Submission];
        return Math.Min(
            1,
            (distinct.Sum(c => c.MatchedFirst) + distinct.Sum(c => c.MatchedSecond)) / Math.Max(1, total)
        );
    }

    // For every pair of files of one program (in different submissions) that share a fingerprint, how many distinct
    // fingerprints they share, each by its weight: counted from the index, one posting list at a time.
    private static Dictionary<(int, int), double> SharedCounts(
        IEnumerable<int> program,
        IReadOnlyList<SourceFile> files,
        IReadOnlyList<HashSet<ulong>> ownHashes,
        Func<ulong, double> weight
    )
    {
        var index = new Dictionary<ulong, List<int>>();
        foreach (var file in program)
        foreach (var hash in ownHashes[file])
            (CollectionsMarshal.GetValueRefOrAddDefault(index, hash, out _) ??= []).Add(file);
        var counts = new Dictionary<(int, int), double>();
        foreach (var (hash, holding) in index)
        {
            if (holding.Count < 2)
                continue;
            var counted = weight(hash);
            for (var i = 0; i < holding.Count; i++)
            for (var j = i + 1; j < holding.Count; j++)
                if (files[holding[i]].Submission != files[holding[j]].Submission)
                    CollectionsMarshal.GetValueRefOrAddDefault(counts, (holding[i], holding[j]), out _) += counted;
        }
        return counts;
    }

    // Two files of one program that share enough to be looked at: how much of each matches, weighed.
    private sealed record Candidate(
        int First,
        int Second,
        HashSet<ulong> Shared,
        double MatchedFirst,
        double MatchedSecond
    )
    {
        public static Candidate Of(
            IReadOnlyList<SourceFile> files,
            IReadOnlyList<IReadOnlyList<Fingerprint>> own,
            int a,
            int b,
            Func<ulong, double> weight
        )
        {
            if (string.CompareOrdinal(files[a].Submission, files[b].Submission) > 0)
                (a, b) = (b, a);
            var shared = own[a].Select(p => p.Hash).ToHashSet();
            shared.IntersectWith(own[b].Select(p => p.Hash));
            return new Candidate(
                a,
                b,
                shared,
                own[a].Where(p => shared.Contains(p.Hash)).Sum(p => weight(p.Hash)),
                own[b].Where(p => shared.Contains(p.Hash)).Sum(p => weight(p.Hash))
            );
        }

        public ProgramMatch Match(
            IReadOnlyList<SourceFile> files,
            IReadOnlyList<IReadOnlyList<Fingerprint>> own,
            IReadOnlyList<double> ownWeight
        )
        {
            var (a, b) = (files[First], files[Second]);
            var (linesA, linesB) = MatchRegions.Of(a, own[First], b, own[Second], Shared);
            return new ProgramMatch(
                a.Program,
                new MatchedFile(
                    a.Submission,
                    a.Path,
                    Math.Min(1, MatchedFirst / ownWeight[First]),
                    MatchedFirst,
                    linesA,
                    a.Text
                ),
                new MatchedFile(
                    b.Submission,
                    b.Path,
                    Math.Min(1, MatchedSecond / ownWeight[Second]),
                    MatchedSecond,
                    linesB,
                    b.Text
                ),
                Shared.Count
            );
        }
    }
}
