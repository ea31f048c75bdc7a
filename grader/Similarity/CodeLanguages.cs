namespace Grader.Similarity;

/// <summary>Which <see cref="CodeLanguage"/> a file is written in, by its extension.</summary>
public static class CodeLanguages
{
    private static readonly Dictionary<string, CodeLanguage> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".py"] = CodeLanguage.Python,
        [".java"] = CodeLanguage.Java,
        [".c"] = CodeLanguage.C,
        [".h"] = CodeLanguage.C,
        [".cpp"] = CodeLanguage.Cpp,
        [".cc"] = CodeLanguage.Cpp,
        [".cxx"] = CodeLanguage.Cpp,
        [".hpp"] = CodeLanguage.Cpp,
        [".hh"] = CodeLanguage.Cpp,
        [".cs"] = CodeLanguage.CSharp,
    };

    /// <summary>The language of <paramref name="path"/>, or null when it is no source the grader fingerprints.</summary>
    public static CodeLanguage? Of(string path) =>
        ByExtension.TryGetValue(Path.GetExtension(path), out var language) ? language : null;
}
