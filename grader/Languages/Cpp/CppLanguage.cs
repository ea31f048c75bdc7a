using Grader.Rubric;
using Grader.Sandboxes.Containers;

namespace Grader.Languages.Cpp;

/// <summary>C++ (<c>.cpp</c>, <c>.cc</c>, <c>.cxx</c>): each file compiled with <c>g++</c> (else <c>c++</c>, else
/// <c>clang++</c>), then the binary run.</summary>
public sealed class CppLanguage : ILanguage
{
    /// <inheritdoc/>
    public string Name => "c++";

    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions { get; } = [".cpp", ".cc", ".cxx"];

    /// <inheritdoc/>
    public LanguageSource Source => CppSource.Reading;

    /// <inheritdoc/>
    public ImagePackages Image { get; } = new("cpp", ["g++", "libc6-dev"]);

    /// <inheritdoc/>
    public Task<IReadOnlyDictionary<Role, RoleLaunch>> BuildAsync(
        LanguageBuild build,
        IReadOnlyList<RoleProgram> programs,
        CancellationToken cancellationToken
    ) =>
        NativeCompiler.BuildAsync(
            NativeCompiler.First(build, "g++", "c++", "clang++"),
            build,
            programs,
            cancellationToken
        );

    /// <inheritdoc/>
    public ManifestCommands SuggestManifest(RoleProgram program) => NativeCompiler.SuggestManifest("g++", program);
}
