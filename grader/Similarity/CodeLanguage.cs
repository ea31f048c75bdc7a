namespace Grader.Similarity;

/// <summary>The languages whose sources are fingerprinted: the ones the grader runs.</summary>
public enum CodeLanguage
{
    /// <summary>Python 3.</summary>
    Python,

    /// <summary>Java.</summary>
    Java,

    /// <summary>C, headers included.</summary>
    C,

    /// <summary>C++.</summary>
    Cpp,

    /// <summary>C#.</summary>
    CSharp,
}
