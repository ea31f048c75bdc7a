using Grader.Rubric;

namespace Grader.Languages;

/// <summary>C (<c>.c</c>): each file compiled with <c>gcc</c>, then the binary run.</summary>
public sealed class CLanguage : ILanguage
{
    /// <inheritdoc/>
    public string Name => "c";

    /// <inheritdoc/>
    public bool Recognises(FileInfo file) => file.Extension.Equals(".c", StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public Task<IReadOnlyDictionary<Role, RoleLaunch>> BuildAsync(
        LanguageBuild build,
        IReadOnlyList<RoleProgram> programs,
        CancellationToken cancellationToken
    ) => NativeCompiler.BuildAsync("gcc", build, programs, cancellationToken);
}
