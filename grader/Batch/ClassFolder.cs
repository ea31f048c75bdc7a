using Grader.Submissions;

namespace Grader.Batch;

/// <summary>A folder of submission folders, one per student: which of them a batch grades.</summary>
public static class ClassFolder
{
    /// <summary>
    /// The submission folders (name → path) in <paramref name="directory"/>, in name order: every folder not starting
    /// with a dot, narrowed to <paramref name="only"/> when it names any, then to <paramref name="shard"/>'s share.
    /// </summary>
    /// <exception cref="SubmissionException">There is no such folder, or <paramref name="only"/> names one that is not
    /// in it.</exception>
    public static IReadOnlyList<(string Name, string Path)> Select(
        string directory,
        IReadOnlyCollection<string> only,
        Shard shard
    )
    {
        if (!Directory.Exists(directory))
            throw new SubmissionException($"no folder of submissions at {directory}");
        var all = new DirectoryInfo(directory)
            .EnumerateDirectories()
            .Where(d => !d.Name.StartsWith('.'))
            .ToDictionary(d => d.Name, d => d.FullName, StringComparer.Ordinal);
        if (only.FirstOrDefault(name => !all.ContainsKey(name)) is { } unknown)
            throw new SubmissionException($"no submission folder named {unknown} in {directory}");
        var names = only.Count > 0 ? only.Distinct(StringComparer.Ordinal) : all.Keys;
        return shard.Of(names).Select(name => (name, all[name])).ToList();
    }
}
