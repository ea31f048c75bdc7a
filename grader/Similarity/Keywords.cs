namespace Grader.Similarity;

/// <summary>
/// The words of each language that stay themselves when every other name becomes the same token: the keywords, and the
/// few built-in names a student cannot rename (<c>print</c>, <c>self</c>, <c>printf</c>), which keep the structure of a
/// program visible after its own names are blanked.
/// </summary>
internal static class Keywords
{
    private static readonly HashSet<string> Python = Words(
        "False None True and as assert async await break class continue def del elif else except finally for from "
            + "global if import in is lambda nonlocal not or pass raise return try while with yield "
            + "self print input len range int str bytes open isinstance super"
    );

    private static readonly HashSet<string> Java = Words(
        "abstract assert boolean break byte case catch char class const continue default do double else enum extends "
            + "final finally float for goto if implements import instanceof int interface long native new package "
            + "private protected public return short static strictfp super switch synchronized this throw throws "
            + "transient try void volatile while var record true false null String System"
    );

    private static readonly HashSet<string> C = Words(
        "auto break case char const continue default do double else enum extern float for goto if inline int long "
            + "register restrict return short signed sizeof static struct switch typedef union unsigned void volatile "
            + "while NULL printf fprintf sprintf snprintf scanf fgets puts perror exit main"
    );

    private static readonly HashSet<string> Cpp = Words(
        "alignas alignof and auto bool break case catch char class const constexpr const_cast continue decltype "
            + "default delete do double dynamic_cast else enum explicit export extern false float for friend goto if "
            + "inline int long mutable namespace new noexcept not nullptr operator or private protected public "
            + "register reinterpret_cast return short signed sizeof static static_cast struct switch template this "
            + "throw true try typedef typename union unsigned using virtual void volatile while std cout cin cerr endl "
            + "string NULL printf perror exit main"
    );

    private static readonly HashSet<string> CSharp = Words(
        "abstract as base bool break byte case catch char checked class const continue decimal default delegate do "
            + "double else enum event explicit extern false finally fixed float for foreach goto if implicit in int "
            + "interface internal is lock long namespace new null object operator out override params private "
            + "protected public readonly ref return sbyte sealed short sizeof stackalloc static string struct switch "
            + "this throw true try typeof uint ulong unchecked unsafe ushort using virtual void volatile while var "
            + "async await record Console Main"
    );

    /// <summary>Whether <paramref name="word"/> stays itself in <paramref name="language"/>.</summary>
    public static bool Keeps(CodeLanguage language, string word) =>
        language switch
        {
            CodeLanguage.Python => Python.Contains(word),
            CodeLanguage.Java => Java.Contains(word),
            CodeLanguage.C => C.Contains(word),
            CodeLanguage.Cpp => Cpp.Contains(word),
            _ => CSharp.Contains(word),
        };

    private static HashSet<string> Words(string words) =>
        new(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
}
