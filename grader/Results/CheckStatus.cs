namespace Grader.Results;

/// <summary>How a check ended.</summary>
public enum CheckStatus
{
    /// <summary>The program did what the check asks.</summary>
    Passed,

    /// <summary>It did not: the message says what was expected and what happened.</summary>
    Failed,

    /// <summary>Not run, because an earlier fault makes it meaningless: the message names that fault.</summary>
    Skipped,
}
