namespace Grader.Languages;

/// <summary>Every language the grader knows, in the order the scanner asks them about a file.</summary>
public static class LanguageRegistry
{
    /// <summary>
    /// The languages. Sources come before prebuilt executables, so a student's <c>TCPClient.c</c> is compiled
    /// rather than the stale <c>TCPClient</c> binary next to it being run.
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

    /// <summary>The language named <paramref name="name"/>, or null.</summary>
    public static ILanguage? Find(string name) => All.FirstOrDefault(language => language.Name == name);

    /// <summary>The first language that recognises <paramref name="file"/> as one of its programs, or null.</summary>
    public static ILanguage? Recognise(FileInfo file) => All.FirstOrDefault(language => language.Recognises(file));
}
