namespace Grader.Tests.Support.Corpus;

/// <summary>
/// Writes a class to measure a similarity report on: independent solutions that all follow the lecture
/// (<c>independent-NNN</c>), and groups of one solution and its disguised copies (<c>planted-G-original</c>,
/// <c>-renamed</c>, <c>-reworded</c>, <c>-reordered</c>, <c>-spaced</c>, <c>-all</c>: every disguise at once). The same
/// seed writes the same class.
/// </summary>
public static class SimilarityCorpus
{
    /// <summary>The disguises of each group's copies, by name.</summary>
    public static IReadOnlyList<(string Name, Func<string, Random, string> Apply)> Disguises { get; } =
    [
        ("renamed", Disguise.Rename),
        ("reworded", Disguise.Reword),
        ("reordered", Disguise.Reorder),
        ("spaced", Disguise.Space),
        (
            "all",
            (text, random) =>
                Disguise.Space(Disguise.Reorder(Disguise.Reword(Disguise.Rename(text, random), random), random), random)
        ),
    ];

    /// <summary>Writes <paramref name="independent"/> independent solutions and <paramref name="groups"/> groups of
    /// copies into <paramref name="folder"/>, from the lecture's programs in <paramref name="lectureFolder"/>.</summary>
    public static PlantedCorpus Write(string folder, string lectureFolder, int independent, int groups, int seed = 15)
    {
        var lecture = Directory
            .GetFiles(lectureFolder, "*.py")
            .ToDictionary(path => Path.GetFileName(path), File.ReadAllText, StringComparer.Ordinal);
        var random = new Random(seed);
        var independents = new List<string>();
        for (var i = 1; i <= independent; i++)
        {
            var name = $"independent-{i:000}";
            WriteSubmission(folder, name, LabSolution.Write(lecture, random, elaborate: false));
            independents.Add(name);
        }
        var copyGroups = new List<IReadOnlyList<string>>();
        for (var g = 1; g <= groups; g++)
        {
            var original = LabSolution.Write(lecture, random, elaborate: true);
            var names = new List<string> { $"planted-{g}-original" };
            WriteSubmission(folder, names[0], original);
            foreach (var (disguise, apply) in Disguises)
            {
                var name = $"planted-{g}-{disguise}";
                WriteSubmission(folder, name, original.ToDictionary(p => p.Key, p => apply(p.Value, random)));
                names.Add(name);
            }
            copyGroups.Add(names);
        }
        return new PlantedCorpus(independents, copyGroups);
    }

    private static void WriteSubmission(string folder, string name, IReadOnlyDictionary<string, string> programs)
    {
        var submission = Path.Combine(folder, name);
        Directory.CreateDirectory(submission);
        foreach (var (file, text) in programs)
            File.WriteAllText(Path.Combine(submission, file), text);
    }
}
