using Grader.Labs;
using Grader.Rubric;

namespace Grader.Tests.Support;

/// <summary>The correct examples whose programs are in another language than Python, and what they need to be
/// graded.</summary>
public static class LanguageExamples
{
    /// <summary>The runtime image with Java and C that <c>./test.sh</c> builds for the container tests (<c>grader image
    /// build --tag lab-grader-runtime:java --with java,c</c>).</summary>
    public const string LanguagesImage = "lab-grader-runtime:java";

    private static readonly string[] OtherLanguages = [".java", ".c", ".cpp", ".cc"];

    /// <summary>Every correct example (<c>Fails: nothing</c>) with a source file of another language, by name; not one
    /// graded in the namespace sandbox only (<see cref="ExampleReadme.NeedsNamespace"/>), as these are graded in the
    /// direct sandbox and in containers.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        .. ExampleReadme.AllNames.Where(name =>
            ExampleReadme.Of(name) is { Fails.Count: 0, NeedsNamespace: false } && LanguageOf(name) is not null
        ),
    ];

    /// <summary>The extension of the example's first source file of another language than Python, or null.</summary>
    public static string? LanguageOf(string name) =>
        Directory
            .EnumerateFiles(Repository.Submission(name), "*", SearchOption.AllDirectories)
            .Select(file => Path.GetExtension(file).ToLowerInvariant())
            .Order(StringComparer.Ordinal)
            .FirstOrDefault(extension => OtherLanguages.Contains(extension));

    /// <summary>The shipped rubric of the lab the example is for.</summary>
    public static Assignment Rubric(string name) =>
        AssignmentLoader.LoadShipped(LabRegistry.Find(ExampleReadme.Of(name).Lab)!.Definition);
}
