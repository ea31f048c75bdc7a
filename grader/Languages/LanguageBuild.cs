using Grader.Sandboxes;

namespace Grader.Languages;

/// <summary>What a language needs to build one submission's programs.</summary>
/// <param name="Directory">The submission's folder: the working directory of compilers and programs.</param>
/// <param name="Programs">Every program found in the submission, of any language (a build leaves other roles' files
/// alone).</param>
/// <param name="BuildCommand">The build command of the submission's manifest, or null.</param>
/// <param name="WorkDirectory">The full path of an existing folder for build outputs, outside the student's folder; the
/// only place a build writes that outlasts it.</param>
/// <param name="Confinement">Where and within which limits each compiler run runs.</param>
public sealed record LanguageBuild(
    string Directory,
    IReadOnlyList<RoleProgram> Programs,
    string? BuildCommand,
    string WorkDirectory,
    BuildConfinement Confinement
)
{
    /// <summary>Finds a tool such as <c>javac</c> by name, giving its full path or null if it is not
    /// installed.</summary>
    public Func<string, string?> FindTool { get; init; } = HostTools.Find;
}
