namespace Grader.Errors;

/// <summary>What the grader's exit code tells a script or CI job.</summary>
public static class ExitCodes
{
    /// <summary>Graded, and every required check passed.</summary>
    public const int Passed = 0;

    /// <summary>Graded, and some required check failed.</summary>
    public const int Failed = 1;

    /// <summary>The user's input was wrong: no such folder, an unreadable assignment file, an unknown option.</summary>
    public const int BadInput = 2;

    /// <summary>The grader itself could not grade: its sandbox is unavailable, say.</summary>
    public const int CouldNotGrade = 3;

    /// <summary>Interrupted by Ctrl+C or SIGTERM before grading ended (128 + SIGINT, as shells report it).</summary>
    public const int Interrupted = 130;
}
