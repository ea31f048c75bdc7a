using Grader.Rubric;
using Grader.Sandboxes.Containers;

namespace Grader.Languages;

/// <summary>
/// One language students write the lab in, a module of its own folder: which files are its programs, how they are
/// built and run, how its sources are read, what the runtime image needs for it, and how a manifest would run it.
/// Each implementation is registered once in <see cref="LanguageRegistry"/>, which is how the rest of the grader
/// reaches it.
/// </summary>
public interface ILanguage
{
    /// <summary>The name recorded in <see cref="RoleProgram.Language"/>, such as <c>python</c> or
    /// <c>java</c>.</summary>
    string Name { get; }

    /// <summary>
    /// The extensions of its programs' files (a C# project's <c>.csproj</c>), the usual one first; empty for a
    /// language that recognises its programs otherwise (an executable) or not at all (a manifest).
    /// </summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>
    /// Whether a single program of this language not named after any role may play every role, told which by the
    /// role's name as its first argument (a C# project, like the reference).
    /// </summary>
    bool MayPlayEveryRole => false;

    /// <summary>Whether its programs come built (an executable), so one may be found in a build's output folder
    /// (<c>bin/</c>, <c>build/</c>), where sources are not looked for.</summary>
    bool ComesBuilt => false;

    /// <summary>How the grader reads its sources; null when it reads none (an executable, a manifest's
    /// command).</summary>
    LanguageSource? Source { get; }

    /// <summary>The Debian packages the runtime image needs to build and run its programs.</summary>
    ImagePackages Image { get; }

    /// <summary>Whether <paramref name="file"/> is a program (or project) in this language: by default, whether its
    /// extension, in any case, is one of <see cref="Extensions"/>.</summary>
    bool Recognises(FileInfo file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return Extensions.Any(extension => file.Extension.Equals(extension, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Builds <paramref name="programs"/>, all of this language and from one submission, and says for each role how
    /// to run it or why its build failed. A failure costs only the roles whose program failed.
    /// </summary>
    Task<IReadOnlyDictionary<Role, RoleLaunch>> BuildAsync(
        LanguageBuild build,
        IReadOnlyList<RoleProgram> programs,
        CancellationToken cancellationToken
    );

    /// <summary>What a <c>submission.yaml</c> would say to build and run <paramref name="program"/>, of this
    /// language, as the grader does.</summary>
    ManifestCommands SuggestManifest(RoleProgram program);
}
