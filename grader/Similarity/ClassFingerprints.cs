using Grader.Languages;
using Grader.Rubric;
using Grader.Submissions;
using Grader.Submissions.Archives;

namespace Grader.Similarity;

/// <summary>Every compared file of a class, each read, tokenised and fingerprinted once, on every core.</summary>
internal static class ClassFingerprints
{
    /// <summary>The files of the submissions in <paramref name="folders"/>, a class of a lab with <paramref
    /// name="roles"/>, in submission order.</summary>
    public static async Task<IReadOnlyList<SourceFile>> TakeAsync(
        IReadOnlyList<string> folders,
        IReadOnlyList<Role> roles,
        FingerprintSettings settings,
        CancellationToken cancellationToken
    )
    {
        var perSubmission = new IReadOnlyList<SourceFile>[folders.Count];
        await Parallel.ForAsync(
            0,
            folders.Count,
            new ParallelOptions { CancellationToken = cancellationToken },
            async (i, ct) => perSubmission[i] = await OfSubmissionAsync(folders[i], roles, settings, ct)
        );
        return perSubmission.SelectMany(files => files).ToList();
    }

    private static async Task<IReadOnlyList<SourceFile>> OfSubmissionAsync(
        string folder,
        IReadOnlyList<Role> roles,
        FingerprintSettings settings,
        CancellationToken cancellationToken
    )
    {
        // Its archives unpacked and its links left out, as grading does: a zipped copy is compared like any other.
        SubmissionFolder graded;
        try
        {
            graded = SubmissionFolder.Prepare(folder, ArchiveLimits.Default);
        }
        catch (SubmissionException)
        {
            return []; // gone since the class was listed
        }
        using var _ = graded;
        var name = graded.Name;
        folder = graded.Directory;
        var files = new List<SourceFile>();
        var texts = new Dictionary<string, (string Text, IReadOnlyList<Fingerprint> Fingerprints)>(
            StringComparer.Ordinal
        );
        foreach (var (program, path) in SubmissionSources.Find(folder, roles))
        {
            if (!texts.TryGetValue(path, out var read))
            {
                string text;
                try
                {
                    text = await File.ReadAllTextAsync(Path.Combine(folder, path), cancellationToken);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    continue; // unreadable: nothing to compare
                }
                var tokens = Tokenizer.Tokenize(text, LanguageRegistry.ReadAs(path));
                read = (text, Winnowing.Fingerprints(tokens, settings));
                texts[path] = read;
            }
            files.Add(new SourceFile(name, program, path, read.Text, read.Fingerprints));
        }
        return files;
    }
}
