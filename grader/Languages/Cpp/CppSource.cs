using static Grader.Languages.SocketFact;

namespace Grader.Languages.Cpp;

/// <summary>How the grader reads C++: <c>.cpp</c>, <c>.cc</c> and <c>.cxx</c> files and their headers, with the BSD
/// socket calls and <c>std::thread</c>.</summary>
internal static class CppSource
{
    /// <summary>C++'s sources.</summary>
    public static LanguageSource Reading { get; } =
        new(
            [".cpp", ".cc", ".cxx", ".hpp", ".hh"],
            new SourceSyntax(SyntaxFamily.Braces) { PreprocessorLines = true },
            CFamilyPatterns.With(
                new ClassifierPattern(
                    Concurrent,
                    @"\bstd\s*::\s*j?thread\b|\bj?thread\s+\w+\s*[({]",
                    "starts a thread per connection"
                )
            ),
            LanguageKeywords.Of(
                "alignas alignof and auto bool break case catch char class const constexpr const_cast continue "
                    + "decltype default delete do double dynamic_cast else enum explicit export extern false float for "
                    + "friend goto if inline int long mutable namespace new noexcept not nullptr operator or private "
                    + "protected public register reinterpret_cast return short signed sizeof static static_cast struct "
                    + "switch template this throw true try typedef typename union unsigned using virtual void volatile "
                    + "while std cout cin cerr endl string NULL printf perror exit main"
            )
        );
}
