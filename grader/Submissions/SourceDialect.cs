namespace Grader.Submissions;

/// <summary>The languages whose sources the grader reads to see what a program does, as flags so one pattern can serve
/// several.</summary>
[Flags]
internal enum SourceDialect
{
    /// <summary>Not a source the grader reads: an executable, a manifest's command.</summary>
    None = 0,

    /// <summary>Python 3.</summary>
    Python = 1,

    /// <summary>Java.</summary>
    Java = 2,

    /// <summary>C.</summary>
    C = 4,

    /// <summary>C++.</summary>
    Cpp = 8,

    /// <summary>C#, read from the <c>.cs</c> files of a project.</summary>
    CSharp = 16,

    /// <summary>C and C++, which share the BSD socket calls.</summary>
    CFamily = C | Cpp,

    /// <summary>The languages with C's comments and string literals.</summary>
    Braces = Java | C | Cpp | CSharp,
}
