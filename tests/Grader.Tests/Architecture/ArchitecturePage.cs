using System.Text.RegularExpressions;
using Grader.Tests.Support;

namespace Grader.Tests.Architecture;

/// <summary>What <c>docs/architecture.md</c> says of the grader's folders: its picture's tiers, and each folder's
/// paragraph's <c>*Uses:*</c> line.</summary>
internal static class ArchitecturePage
{
    private static string Text() => File.ReadAllText(Path.Combine(Repository.Root, "docs", "architecture.md"));

    /// <summary>The picture's rows of folders, the top first: the first fenced block, each line naming folders.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Tiers()
    {
        var page = Text();
        var open = page.IndexOf("```", StringComparison.Ordinal);
        var close = page.IndexOf("```", open + 3, StringComparison.Ordinal);
        var folders = FolderDependencyTests.Layers.Select(FolderUses.Name).ToHashSet();
        return page[(open + 3)..close]
            .Split('\n')
            .Select(line =>
                (IReadOnlyList<string>)
                    [.. Regex.Matches(line, @"\b[A-Z]\w+\b").Select(m => m.Value).Where(folders.Contains)]
            )
            .Where(row => row.Count > 0)
            .ToList();
    }

    /// <summary>Each folder whose paragraph (opening with its name in bold) has a <c>*Uses:*</c> sentence, with the
    /// folders it names; <c>nothing</c> names none.</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> Uses()
    {
        var folders = FolderDependencyTests.Layers.Select(FolderUses.Name).ToHashSet();
        var said = new Dictionary<string, IReadOnlySet<string>>();
        foreach (
            Match paragraph in Regex.Matches(
                Text(),
                @"^\*\*(\w+)\*\*(.*?)(?=\n\n|\z)",
                RegexOptions.Multiline | RegexOptions.Singleline
            )
        )
        {
            var uses = Regex.Match(paragraph.Groups[2].Value, @"\*Uses:\*\s+([^.]*)\.");
            if (!folders.Contains(paragraph.Groups[1].Value) || !uses.Success)
                continue;
            said[paragraph.Groups[1].Value] = Regex
                .Matches(uses.Groups[1].Value, @"\b[A-Z]\w+\b")
                .Select(m => m.Value)
                .Where(folders.Contains)
                .ToHashSet();
        }
        return said;
    }
}
