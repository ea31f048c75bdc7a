namespace Grader.Results;

/// <summary>The verdict on one role.</summary>
/// <param name="Role">Its name, such as <c>tcp-server</c>.</param>
/// <param name="Passed">Whether all its required checks passed.</param>
/// <param name="Score">Points earned on required checks.</param>
/// <param name="MaxScore">Points available on required checks.</param>
/// <param name="Program">The file or command that plays it, or null when missing.</param>
/// <param name="Problem">Why it could not be checked at all (missing, did not build), or null.</param>
public sealed record RoleResult(string Role, bool Passed, int Score, int MaxScore, string? Program, string? Problem)
{
    /// <summary>Why this program plays the role, such as "<c>`TCPthreads.py`: a TCP server that starts a thread per
    /// connection</c>"; null when missing or not known (results stored before it was recorded).</summary>
    public string? Reason { get; init; }

    /// <summary>The other files that could have played the role, and the <c>submission.yaml</c> that grades one of them
    /// instead; null when there were none.</summary>
    public string? AlsoFound { get; init; }
}
