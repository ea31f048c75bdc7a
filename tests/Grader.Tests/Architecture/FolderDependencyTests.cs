using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using FluentAssertions;
using Grader.Tests.Support;
using NetArchTest.Rules;

namespace Grader.Tests.Architecture;

/// <summary>
/// The grader's folders depend one way (docs/architecture.md): a folder uses only the folders below it, so data goes
/// from the command down to the sandbox and comes back up as a result.
/// </summary>
[Fast]
public sealed class FolderDependencyTests
{
    /// <summary>The folders from the top (the command line) to the bottom (the shared vocabulary), as
    /// namespaces.</summary>
    public static readonly string[] Layers =
    [
        "Grader.Commands",
        "Grader.Platforms",
        "Grader.Batch",
        "Grader.Grading",
        "Grader.Labs",
        "Grader.Reports",
        "Grader.Sessions",
        "Grader.Similarity",
        "Grader.Checks",
        "Grader.Submissions",
        "Grader.Probes",
        "Grader.Languages",
        "Grader.Sandboxes",
        "Grader.Launching",
        "Grader.Results",
        "Grader.Rubric",
        "Grader.Errors",
        "Grader.Threading",
        "Grader.Files",
    ];

    private static readonly Assembly GraderAssembly = typeof(Grader.Rubric.Assignment).Assembly;

    [Fact]
    public void No_folder_uses_a_folder_above_it()
    {
        var violations = new List<string>();
        for (var lower = 1; lower < Layers.Length; lower++)
        {
            for (var higher = 0; higher < lower; higher++)
            {
                var result = Types
                    .InAssembly(GraderAssembly)
                    .That()
                    .ResideInNamespace(Layers[lower])
                    .ShouldNot()
                    .HaveDependencyOnAny(Layers[higher])
                    .GetResult();
                violations.AddRange((result.FailingTypes ?? []).Select(t => $"{t.FullName} uses {Layers[higher]}"));
            }
        }

        string.Join(Environment.NewLine, violations.Distinct())
            .Should()
            .BeEmpty("a folder may use only the folders below it in docs/architecture.md");
    }

    [Fact]
    public void No_source_file_imports_a_folder_above_its_own()
    {
        // The compiled check above cannot see a constant (inlined) or a documentation reference; the imports can.
        var violations =
            from file in GraderSources()
            let text = File.ReadAllText(file)
            let own = LayerOf(Regex.Match(text, @"^namespace ([\w.]+);", RegexOptions.Multiline).Groups[1].Value)
            where own >= 0
            from import in Regex.Matches(text, @"^using (?:static )?(Grader[\w.]*);", RegexOptions.Multiline)
            let used = LayerOf(import.Groups[1].Value)
            where used >= 0 && used < own
            select $"{Path.GetRelativePath(Repository.Root, file)} imports {import.Groups[1].Value}";

        string.Join(Environment.NewLine, violations).Should().BeEmpty("a folder may use only the folders below it");
    }

    // The grader's C# sources, its build output left out.
    internal static IEnumerable<string> GraderSources() =>
        Directory
            .EnumerateFiles(Path.Combine(Repository.Root, "grader"), "*.cs", SearchOption.AllDirectories)
            .Where(file =>
                !file.Contains(
                    $"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}",
                    StringComparison.Ordinal
                )
            );

    private static int LayerOf(string ns) =>
        Array.FindIndex(Layers, layer => ns == layer || ns.StartsWith(layer + ".", StringComparison.Ordinal));

    [Fact]
    public void Architecture_page_draws_the_folders_in_the_tiers_the_code_makes()
    {
        // Folders side by side use neither each other; each row uses only rows below it.
        var drawn = ArchitecturePage.Tiers();

        drawn
            .Select(tier => string.Join("  ", tier))
            .Should()
            .Equal(
                FolderUses.Tiers().Select(tier => string.Join("  ", tier)),
                "docs/architecture.md draws the folders as the code uses them: redraw it from this list"
            );
        drawn
            .SelectMany(tier => tier)
            .Should()
            .Equal(Layers.Select(FolderUses.Name), "this test's list is the picture");
    }

    [Fact]
    public void Architecture_page_says_what_each_folder_uses_as_the_code_does()
    {
        var said = ArchitecturePage.Uses();
        var wrong =
            from folder in Layers.Select(FolderUses.Name)
            let told = said.GetValueOrDefault(folder)
            let used = FolderUses.All[folder]
            where told is null || !told.SetEquals(used)
            select $"{folder}: the page says {(told is null ? "nothing ('*Uses:*' missing)" : Listed(told))}, the code uses {Listed(used)}";

        string.Join(Environment.NewLine, wrong).Should().BeEmpty("each folder's paragraph ends with what it uses");
    }

    private static string Listed(IEnumerable<string> folders) =>
        string.Join(", ", Layers.Select(FolderUses.Name).Where(folders.Contains)) is { Length: > 0 } list
            ? list
            : "nothing";

    [Fact]
    public void Every_namespace_of_the_grader_is_a_layer()
    {
        var namespaces = GraderAssembly
            .GetTypes()
            .Select(t => t.Namespace)
            .Where(n => n is not null && n != "Grader" && !n.StartsWith("System", StringComparison.Ordinal))
            .Distinct();

        string.Join(
                ", ",
                namespaces.Where(n =>
                    !Layers.Any(layer => n == layer || n!.StartsWith(layer + ".", StringComparison.Ordinal))
                )
            )
            .Should()
            .BeEmpty("every folder has its place in docs/architecture.md");
    }

    [Fact]
    public void A_lab_module_is_used_by_no_code_outside_it()
    {
        // The core finds the labs through ILab (LabRegistry); no folder, and no other lab, names one lab's types.
        var labs = GraderAssembly
            .GetTypes()
            .Select(t => t.Namespace)
            .Where(n => n is not null && n.StartsWith("Grader.Labs.", StringComparison.Ordinal))
            .Select(n => string.Join('.', n!.Split('.').Take(3)))
            .Distinct()
            .ToList();
        labs.Should().Contain("Grader.Labs.Lab1Sockets");

        var violations = new List<string>();
        foreach (var lab in labs)
        {
            var result = Types
                .InAssembly(GraderAssembly)
                .That()
                .DoNotResideInNamespace(lab)
                .ShouldNot()
                .HaveDependencyOnAny(lab)
                .GetResult();
            violations.AddRange((result.FailingTypes ?? []).Select(t => $"{t.FullName} uses {lab}"));
        }

        string.Join(Environment.NewLine, violations.Distinct()).Should().BeEmpty("a lab is a module of its own");
    }

    [Fact]
    public void No_code_outside_the_labs_names_a_lab_a_role_or_a_port()
    {
        var names = Grader
            .Labs.LabRegistry.All.SelectMany(lab =>
                lab.Definition.Roles.Select(role => role.Name)
                    .Append(lab.Definition.Name)
                    // A well-known port (the mail lab's 25) is too common a number to search for.
                    .Concat(
                        lab.Definition.DefaultPort > 1023
                            ? [lab.Definition.DefaultPort.ToString(CultureInfo.InvariantCulture)]
                            : []
                    )
            )
            .Distinct()
            .ToList();
        names.Should().Contain(["tcp-server", "lab1-sockets", "12000"]);

        var labs = Path.Combine(Repository.Root, "grader", "Labs");
        var violations =
            from file in GraderSources()
            where !file.StartsWith(labs + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            // Code only: a documentation comment may give a lab's names as an example.
            let code = Regex.Replace(File.ReadAllText(file), @"^\s*//.*$", "", RegexOptions.Multiline)
            from literal in Regex.Matches(code, @"""(?:[^""\\\n]|\\.)*""").Select(m => m.Value)
            from name in names
            where Regex.IsMatch(literal, $@"(?<![\w-]){Regex.Escape(name)}(?![\w-])")
            select $"{Path.GetRelativePath(Repository.Root, file)}: {literal}";

        string.Join(Environment.NewLine, violations.Distinct())
            .Should()
            .BeEmpty("the core names no lab, no role and no port: they are the labs' data");
    }
}
