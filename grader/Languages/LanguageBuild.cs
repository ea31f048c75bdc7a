using Grader.Sandboxes;
using Grader.Submissions;

namespace Grader.Languages;

/// <summary>What a language needs to build one submission's programs.</summary>
/// <param name="Submission">The submission; its folder is the working directory of compilers and programs.</param>
/// <param name="WorkDirectory">The full path of an existing folder for build outputs, outside the student's folder; the
/// only place a build writes that outlasts it.</param>
/// <param name="Confinement">Where and within which limits each compiler run runs.</param>
public sealed record LanguageBuild(
    Submission Submission,
    string WorkDirectory,
    BuildConfinement Confinement
)
{
    /// <summary>Finds a tool such as <c>javac</c> by name, giving its full path or null if it is not
    /// installed.</summary>
    public Func<string, string?> FindTool { get; init; } = HostTools.Find;
}
