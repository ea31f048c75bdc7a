using Grader.Rubric;

namespace Grader.Languages;

/// <summary>
/// One language students write the lab in: which files are its programs, how they are built and how they are run.
/// Each implementation is registered once in <see cref="LanguageRegistry"/>.
/// </summary>
public interface ILanguage
{
    /// <summary>The name recorded in <see cref="RoleProgram.Language"/>, such as <c>python</c> or
    /// <c>java</c>.</summary>
    string Name { get; }

    /// <summary>
    /// Whether a single program of this language not named after any role may play every role, told which by the
    /// role's name as its first argument (a C# project, like the reference).
    /// </summary>
    bool MayPlayEveryRole => false;

    /// <summary>Whether <paramref name="file"/> is a program (or project) in this language.</summary>
    bool Recognises(FileInfo file);

    /// <summary>
    /// Builds <paramref name="programs"/>, all of this language and from one submission, and says for each role how
    /// to run it or why its build failed. A failure costs only the roles whose program failed.
    /// </summary>
    Task<IReadOnlyDictionary<Role, RoleLaunch>> BuildAsync(
        LanguageBuild build,
        IReadOnlyList<RoleProgram> programs,
        CancellationToken cancellationToken
    );
}
