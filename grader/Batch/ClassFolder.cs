using Grader.Files;
using Grader.Submissions;

namespace Grader.Batch;

/// <summary>A folder of submission folders, one per student: which of them a batch grades.</summary>
public static class ClassFolder
{
    /// <summary>
    /// The submissions (name → path) in <paramref name="directory"/>, in name order: every entry not starting with a
    /// dot, narrowed to <paramref name="only"/> when it names any, then to <paramref name="shard"/>'s share. A folder
    /// (or a link to one) is a student's; so is anything else there, a file above all (a zip handed in alone, or a
    /// file where a folder was expected), which grading treats as a folder holding only it.
    /// </summary>
    /// <exception cref="SubmissionException">There is no such folder, or <paramref name="only"/> names one that is not
    /// in it.</exception>
    /// <param name="directory">The class folder.</param>
    /// <param name="only">The submissions to grade, by name; all when empty.</param>
    /// <param name="shard">The share of them this run grades.</param>
    /// <param name="notStudents">Names of the class folder's own files that are no student's (an imported class's
    /// roster).</param>
    public static IReadOnlyList<(string Name, string Path)> Select(
        string directory,
        IReadOnlyCollection<string> only,
        Shard shard,
        IReadOnlyCollection<string>? notStudents = null
    )
    {
        if (!Directory.Exists(directory))
            throw new SubmissionException($"no folder of submissions at {directory}");
        var all = new Dictionary<string, string>(StringComparer.Ordinal);
        // The class folder's own entries only, none followed: a link to a student's folder is the operator's.
        foreach (var entry in FolderWalk.Walk(directory, maxDepth: 0, maxListed: int.MaxValue))
        {
            if (entry.Path.Length == 0) // the class folder itself, which cannot be read
                throw new SubmissionException($"the folder of submissions {directory} cannot be read");
            if (!entry.Name.StartsWith('.') && notStudents?.Contains(entry.Name) != true)
                all.TryAdd(entry.Name, entry.FullPath);
        }
        if (only.FirstOrDefault(name => !all.ContainsKey(name)) is { } unknown)
            throw new SubmissionException($"no submission folder named {unknown} in {directory}");
        var names = only.Count > 0 ? only.Distinct(StringComparer.Ordinal) : all.Keys.Order(StringComparer.Ordinal);
        return shard.Of(names).Select(name => (name, all[name])).ToList();
    }
}
