using Grader.Languages;

namespace Grader.Similarity;

/// <summary>Code every student was given (the lecture's programs, starter code): every k-gram hash in it, not only
/// the winnowed ones, so no fingerprint of it survives in a student's file.</summary>
public sealed class BaseCode
{
    private readonly HashSet<ulong> _hashes;

    private BaseCode(HashSet<ulong> hashes, IReadOnlyList<string> names)
    {
        _hashes = hashes;
        Names = names;
    }

    /// <summary>The base files' names, for the report.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Whether <paramref name="hash"/> is in the base.</summary>
    public bool Contains(ulong hash) => _hashes.Contains(hash);

    /// <summary>Reads and hashes <paramref name="files"/>; a file in no language the grader fingerprints is read as
    /// Python.</summary>
    /// <exception cref="SimilarityException">A file is missing or unreadable.</exception>
    public static async Task<BaseCode> ReadAsync(
        IReadOnlyList<string> files,
        FingerprintSettings settings,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(settings);
        var hashes = new HashSet<ulong>();
        foreach (var file in files)
        {
            string text;
            try
            {
                text = await File.ReadAllTextAsync(file, cancellationToken);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new SimilarityException($"The base file '{file}' cannot be read: {e.Message}", e);
            }
            var tokens = Tokenizer.Tokenize(text, LanguageRegistry.ReadAs(file));
            hashes.UnionWith(Winnowing.KGramHashes(tokens, settings.K));
        }
        return new BaseCode(hashes, files.Select(Path.GetFileName).OfType<string>().ToList());
    }
}
