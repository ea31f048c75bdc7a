using Grader.Batch;

namespace Grader.Platforms.Gradebooks;

/// <summary>Every gradebook file the grader writes, and the one way a batch or a merge writes one.</summary>
public static class Gradebooks
{
    /// <summary>Every gradebook, one per platform that imports one.</summary>
    public static IReadOnlyList<IGradebook> All { get; } = [new CanvasGradebook(), new MoodleGradebook()];

    /// <summary>The gradebook of <paramref name="platform"/>, or null when the grader writes none for it.</summary>
    public static IGradebook? For(Platform platform) => All.FirstOrDefault(g => g.Platform == platform);

    /// <summary>
    /// Why <paramref name="gradebook"/> cannot be written for students listed in <paramref name="roster"/> (found in
    /// <paramref name="where"/>), in one sentence; null when it can: the roster must be there, and be the gradebook's
    /// platform's, since a gradebook is keyed by that platform's ids.
    /// </summary>
    public static string? Refusal(IGradebook gradebook, Roster? roster, string where)
    {
        ArgumentNullException.ThrowIfNull(gradebook);
        var title = gradebook.Platform.Title();
        if (roster is null)
            return $"--gradebook {gradebook.Platform.OptionValue()} needs the students' {title} ids, which a {title} download read with --from (or a folder written by 'grader class import') gives: {where} has no {Roster.FileName}";
        if (roster.Platform is { } platform && platform != gradebook.Platform)
            return $"--gradebook {gradebook.Platform.OptionValue()} needs {title}'s ids, and the students of {where} are {platform.Title()}'s";
        return null;
    }

    /// <summary>Writes <paramref name="gradebook"/> into <paramref name="store"/>'s folder from what it holds,
    /// atomically; returns the file's path.</summary>
    public static async Task<string> WriteAsync(
        IGradebook gradebook,
        ResultStore store,
        Roster roster,
        GradebookSettings settings,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(gradebook);
        ArgumentNullException.ThrowIfNull(store);
        var path = Path.Combine(store.Directory, gradebook.FileName);
        var results = store.Load();
        await AtomicFile.WriteAsync(
            path,
            writer => gradebook.WriteAsync(results, roster, settings, writer, cancellationToken),
            cancellationToken
        );
        return path;
    }
}
