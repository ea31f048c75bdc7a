using System.Reflection;
using System.Text.RegularExpressions;
using NetArchTest.Rules;

namespace Grader.Tests.Architecture;

/// <summary>
/// Which of the grader's folders each folder uses, as the code does: a type of it depends on a type of the other (the
/// compiled grader, read by NetArchTest, so a method body counts), or a source file of it imports the other (which sees
/// an inlined constant or a documentation reference too).
/// </summary>
internal static class FolderUses
{
    private static readonly Assembly GraderAssembly = typeof(Grader.Rubric.Assignment).Assembly;
    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlySet<string>>> Graph = new(Read);

    /// <summary>Each folder's name (<c>Labs</c>, not its namespace) with the folders it uses.</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> All => Graph.Value;

    /// <summary>
    /// The folders in tiers, the top first: a folder that uses none sits in the bottom tier, any other one tier above
    /// the highest folder it uses. Two folders of one tier never use each other, and a folder uses only tiers below
    /// its own.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> Tiers()
    {
        var folders = FolderDependencyTests.Layers.Select(Name).ToList();
        var height = new Dictionary<string, int>();
        var visiting = new HashSet<string>();
        int HeightOf(string folder)
        {
            if (height.TryGetValue(folder, out var known))
                return known;
            if (!visiting.Add(folder))
                throw new InvalidOperationException($"{folder} uses itself through the folders it uses");
            return height[folder] = All[folder].Select(used => HeightOf(used) + 1).DefaultIfEmpty(0).Max();
        }
        return folders
            .GroupBy(HeightOf)
            .OrderByDescending(tier => tier.Key)
            .Select(tier => (IReadOnlyList<string>)[.. tier])
            .ToList();
    }

    /// <summary>A folder's name from its namespace.</summary>
    public static string Name(string layer) => layer["Grader.".Length..];

    private static IReadOnlyDictionary<string, IReadOnlySet<string>> Read()
    {
        var layers = FolderDependencyTests.Layers;
        var uses = layers.ToDictionary(Name, _ => new HashSet<string>());
        foreach (var user in layers)
        foreach (var used in layers.Where(l => l != user))
        {
            var result = Types
                .InAssembly(GraderAssembly)
                .That()
                .ResideInNamespace(user)
                .ShouldNot()
                .HaveDependencyOnAny(used)
                .GetResult();
            if (!result.IsSuccessful)
                uses[Name(user)].Add(Name(used));
        }
        foreach (var file in FolderDependencyTests.GraderSources())
        {
            var text = File.ReadAllText(file);
            var own = LayerOf(Regex.Match(text, @"^namespace ([\w.]+);", RegexOptions.Multiline).Groups[1].Value);
            if (own is null)
                continue;
            foreach (Match import in Regex.Matches(text, @"^using (?:static )?(Grader[\w.]*);", RegexOptions.Multiline))
                if (LayerOf(import.Groups[1].Value) is { } used && used != own)
                    uses[Name(own)].Add(Name(used));
        }
        return uses.ToDictionary(u => u.Key, u => (IReadOnlySet<string>)u.Value);
    }

    private static string? LayerOf(string ns) =>
        FolderDependencyTests.Layers.FirstOrDefault(layer =>
            ns == layer || ns.StartsWith(layer + ".", StringComparison.Ordinal)
        );
}
