using Grader.Languages.C;
using Grader.Languages.Cpp;
using Grader.Languages.CSharp;
using Grader.Languages.Executable;
using Grader.Languages.Java;
using Grader.Languages.Manifest;
using Grader.Languages.Python;
using Grader.Sandboxes.Containers;

namespace Grader.Languages;

/// <summary>
/// Every language the grader knows, one line each, in the order the scanner asks them about a file: the one place the
/// rest of the grader learns of them (the scanner, the builder, the classifier, the similarity tokeniser and the
/// runtime image).
/// </summary>
public static class LanguageRegistry
{
    /// <summary>
    /// The languages. The lecture's comes first, and is preferred when files of several languages would do. Sources
    /// come before prebuilt executables, so a student's <c>TCPClient.c</c> is compiled rather than the stale
    /// <c>TCPClient</c> binary next to it being run.
    /// </summary>
    public static IReadOnlyList<ILanguage> All { get; } =
    [
        new PythonLanguage(PythonInterpreter.Default),
        new JavaLanguage(),
        new CLanguage(),
        new CppLanguage(),
        new CSharpLanguage(),
        new ExecutableLanguage(),
        new ManifestLanguage(),
    ];

    /// <summary>The lecture's language, the first of <see cref="All"/>: a file of no language the grader reads is read
    /// as one of its, and a message that must name a language's file names one of its.</summary>
    public static ILanguage Lecture => All[0];

    /// <summary>The language of the programs a <c>submission.yaml</c> names: its command lines.</summary>
    public static ILanguage Manifest { get; } = All.OfType<ManifestLanguage>().Single();

    /// <summary>The packages each language needs in the runtime image, in the order of <see cref="All"/>.</summary>
    public static IReadOnlyList<ImagePackages> ImagePackages { get; } = [.. All.Select(language => language.Image)];

    /// <summary>The language named <paramref name="name"/>, or null.</summary>
    public static ILanguage? Find(string name) => All.FirstOrDefault(language => language.Name == name);

    /// <summary>The first language that recognises <paramref name="file"/> as one of its programs, or null.</summary>
    public static ILanguage? Recognise(FileInfo file) => All.FirstOrDefault(language => language.Recognises(file));

    /// <summary>How to read the source at <paramref name="path"/>, by its extension; null when it is no source of a
    /// language the grader reads.</summary>
    public static LanguageSource? SourceOf(string path) =>
        All.Select(language => language.Source).FirstOrDefault(source => source?.Holds(path) == true);

    /// <summary>How to read the file at <paramref name="path"/>: as its language's source, or as the lecture's
    /// language's when it is no source the grader knows.</summary>
    public static LanguageSource ReadAs(string path) =>
        SourceOf(path)
        ?? Lecture.Source
        ?? throw new InvalidOperationException("the lecture's language must have sources the grader reads");
}
