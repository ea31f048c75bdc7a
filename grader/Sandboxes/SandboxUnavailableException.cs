using Grader.Errors;

namespace Grader.Sandboxes;

/// <summary>The chosen sandbox cannot run on this machine (a grader problem, not the submission's: exit code
/// 3).</summary>
/// <param name="message">Why, in words for the user: the message alone serves as the reason in a notice.</param>
/// <param name="inner">The exception that caused it, such as the Docker client's or the operating system's.</param>
public sealed class SandboxUnavailableException(string message, Exception? inner = null)
    : GraderException(message, ExitCodes.CouldNotGrade, inner)
{
    /// <summary>What could not be done for want of the sandbox, for the grader's one line: <c>grade</c> unless the
    /// command did something else, such as <c>build the image</c>.</summary>
    public string Attempt { get; init; } = "grade";

    /// <inheritdoc />
    public override string Line => $"cannot {Attempt}: {Message}";
}
