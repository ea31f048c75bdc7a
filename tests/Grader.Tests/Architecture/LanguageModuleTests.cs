using System.Reflection;
using System.Text.RegularExpressions;
using FluentAssertions;
using Grader.Languages;
using Grader.Rubric;
using Grader.Tests.Support;
using NetArchTest.Rules;

namespace Grader.Tests.Architecture;

/// <summary>
/// A language is one module (grader/Languages/README.md): one folder of <c>grader/Languages</c> whose <see
/// cref="ILanguage"/> owns everything about it, reached by the rest of the grader only through its line in <see
/// cref="LanguageRegistry"/>. So adding a language touches that folder and that line, and nothing else.
/// </summary>
[Fast]
public sealed class LanguageModuleTests
{
    private static readonly Assembly GraderAssembly = typeof(ILanguage).Assembly;

    private static readonly string LanguagesFolder = Path.Combine(Repository.Root, "grader", "Languages");

    private static readonly Role SomeRole = new("tcp-server", RoleKind.Server, Transport.Tcp);

    /// <summary>Every class that is a language, which the registry must hold.</summary>
    private static IReadOnlyList<Type> LanguageTypes =>
        [
            .. GraderAssembly
                .GetTypes()
                .Where(type => type.IsClass && !type.IsAbstract && typeof(ILanguage).IsAssignableFrom(type)),
        ];

    [Fact]
    public void Every_language_class_is_registered_once_and_alone_in_a_folder_of_its_own()
    {
        LanguageTypes.Should().HaveCount(LanguageRegistry.All.Count);
        LanguageRegistry.All.Select(language => language.GetType()).Should().OnlyHaveUniqueItems();
        LanguageRegistry.All.Select(language => language.GetType()).Should().BeEquivalentTo(LanguageTypes);

        foreach (var type in LanguageTypes)
        {
            type.Namespace.Should().MatchRegex(@"^Grader\.Languages\.\w+$", "{0} is a module of its own", type.Name);
            var folder = Path.Combine(LanguagesFolder, type.Namespace!["Grader.Languages.".Length..]);
            File.Exists(Path.Combine(folder, type.Name + ".cs")).Should().BeTrue("{0} lives in {1}", type.Name, folder);
            LanguageTypes.Count(other => other.Namespace == type.Namespace).Should().Be(1, "a folder is one language");
        }
    }

    [Fact]
    public void Every_registered_language_provides_every_facet()
    {
        LanguageRegistry.All.Select(language => language.Name).Should().OnlyHaveUniqueItems().And.NotContain("");
        LanguageRegistry
            .All.SelectMany(language => language.Extensions)
            .Should()
            .OnlyHaveUniqueItems("no two languages claim one extension")
            .And.OnlyContain(extension => extension.StartsWith('.'));
        LanguageRegistry
            .All.SelectMany(language => language.Source?.Extensions ?? [])
            .Should()
            .OnlyHaveUniqueItems("a source is read as one language")
            .And.OnlyContain(extension => extension.StartsWith('.'));
        LanguageRegistry
            .ImagePackages.Where(packages => packages.IsOptional)
            .Select(packages => packages.Option)
            .Should()
            .OnlyHaveUniqueItems("each --with name adds one language");
        LanguageRegistry.Lecture.Source.Should().NotBeNull("a file of no known language is read as the lecture's");

        foreach (var language in LanguageRegistry.All)
        {
            foreach (var extension in language.Extensions)
                LanguageRegistry
                    .Recognise(new FileInfo($"/nowhere/TCPServer{extension}"))
                    .Should()
                    .BeSameAs(language, "{0} recognises its {1} files", language.Name, extension);

            language.Image.Should().NotBeNull();
            if (language.Image.IsOptional)
                language.Image.Packages.Should().NotBeEmpty("--with {0} adds packages", language.Image.Option);

            var program = new RoleProgram(SomeRole, language.Name, $"TCPServer{language.Extensions.FirstOrDefault()}");
            language
                .SuggestManifest(program)
                .Run.Should()
                .NotBeNullOrWhiteSpace("{0} says how a manifest runs it", language.Name);

            if (language.Source is not { } source)
                continue;
            source.Extensions.Should().NotBeEmpty("{0}'s sources are files", language.Name);
            source.Keywords.Words.Should().NotBeEmpty("{0} has keywords for the similarity tokeniser", language.Name);
            source
                .Patterns.Select(pattern => pattern.Fact)
                .Distinct()
                .Should()
                .BeEquivalentTo(Enum.GetValues<SocketFact>(), "the classifier reads every fact in {0}", language.Name);
            source
                .Patterns.Where(pattern => pattern.Fact == SocketFact.Concurrent)
                .Should()
                .OnlyContain(pattern => pattern.How != null, "a concurrent server's report says how it serves");
            foreach (var extension in source.Extensions)
                LanguageRegistry.SourceOf($"src/server{extension}").Should().BeSameAs(source);
        }
    }

    [Fact]
    public void No_code_outside_a_language_s_folder_uses_its_types_but_the_registry()
    {
        var registry = typeof(LanguageRegistry).FullName!;
        var violations = new List<string>();
        foreach (var module in LanguageTypes.Select(type => type.Namespace!))
        {
            var types = GraderAssembly
                .GetTypes()
                .Where(type => type.Namespace == module)
                .Select(type => type.FullName!);
            var result = Types.InAssembly(GraderAssembly).ShouldNot().HaveDependencyOnAny([.. types]).GetResult();
            violations.AddRange(
                (result.FailingTypes ?? [])
                    .Select(type => type.FullName)
                    .Where(name =>
                        !name.StartsWith(module + ".", StringComparison.Ordinal)
                        && name != registry
                        && !name.StartsWith(registry + "/", StringComparison.Ordinal)
                    )
                    .Select(name => $"{name} uses {module}")
            );
        }

        string.Join(Environment.NewLine, violations.Distinct())
            .Should()
            .BeEmpty("a language is reached only through LanguageRegistry");
    }

    [Fact]
    public void No_source_outside_a_language_s_folder_names_its_types_its_name_its_extensions_or_its_image_option()
    {
        // The compiled check above cannot see a name in a comment, a constant or a string; the sources can.
        var registry = Path.Combine(LanguagesFolder, "LanguageRegistry.cs");
        var violations = new List<string>();
        foreach (var language in LanguageRegistry.All)
        {
            var module = language.GetType().Namespace!;
            var folder = Path.Combine(LanguagesFolder, module["Grader.Languages.".Length..]);
            var typeNames = GraderAssembly
                .GetTypes()
                .Where(type => type.Namespace == module && !type.Name.StartsWith('<'))
                .Select(type => type.Name)
                .ToList();
            string[] literals =
            [
                language.Name,
                .. language.Extensions,
                .. language.Source?.Extensions ?? [],
                .. language.Image.IsOptional ? [language.Image.Option!] : Array.Empty<string>(),
            ];
            foreach (var file in GraderSources())
            {
                if (file.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal) || file == registry)
                    continue;
                var text = File.ReadAllText(file);
                var shown = Path.GetRelativePath(Repository.Root, file);
                violations.AddRange(
                    typeNames
                        .Where(name => Regex.IsMatch(text, $@"\b{Regex.Escape(name)}\b"))
                        .Select(name => $"{shown} names {module}.{name}")
                );
                violations.AddRange(
                    literals
                        .Where(literal => text.Contains($"\"{literal}\"", StringComparison.Ordinal))
                        .Select(literal => $"{shown} names \"{literal}\" of {language.Name}")
                );
            }
        }

        string.Join(Environment.NewLine, violations.Distinct())
            .Should()
            .BeEmpty("what a language is belongs to its folder: the rest of the grader asks LanguageRegistry");
    }

    // The grader's C# sources, its build output left out.
    private static IEnumerable<string> GraderSources() =>
        Directory
            .EnumerateFiles(Path.Combine(Repository.Root, "grader"), "*.cs", SearchOption.AllDirectories)
            .Where(file =>
                !file.Contains(
                    $"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}",
                    StringComparison.Ordinal
                )
            );
}
