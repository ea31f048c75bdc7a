using Grader.Rubric;

namespace Grader.Languages;

/// <summary>C++ (<c>.cpp</c>, <c>.cc</c>, <c>.cxx</c>): each file compiled with <c>g++</c>, then the binary
/// run.</summary>
public sealed class CppLanguage : ILanguage
{
    private static readonly string[] Extensions = [".cpp", ".cc", ".cxx"];

    /// <inheritdoc/>
    public string Name => "c++";

    /// <inheritdoc/>
    public bool Recognises(FileInfo file) =>
        Extensions.Any(extension => file.Extension.Equals(extension, StringComparison.OrdinalIgnoreCase));

    /// <inheritdoc/>
    public Task<IReadOnlyDictionary<Role, RoleLaunch>> BuildAsync(
        LanguageBuild build,
        IReadOnlyList<RoleProgram> programs,
        CancellationToken cancellationToken
    ) => NativeCompiler.BuildAsync("g++", build, programs, cancellationToken);
}
