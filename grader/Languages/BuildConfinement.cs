using Grader.Launching;
using Grader.Sandboxes;

namespace Grader.Languages;

/// <summary>
/// How a submission's build tools are confined: each run in a launch of its own in <paramref name="Sandbox"/>, as the
/// submission's programs are, seeing a copy of the submission, its work folder writable, and nothing else of the host
/// but the system's folders, the tool's installation and <see cref="SharedPaths"/>.
/// </summary>
/// <param name="Sandbox">The sandbox the submission's programs run in.</param>
/// <param name="Limits">What each tool run may use; its wall time is the build's time limit.</param>
public sealed record BuildConfinement(ISandbox Sandbox, LaunchLimits Limits)
{
    /// <summary>
    /// Files and folders every build may read, granted by the grader's operator (<c>--share</c>), never by a
    /// submission: each is shown read-only at its own path.
    /// </summary>
    public IReadOnlyList<string> SharedPaths { get; init; } = [];
}
