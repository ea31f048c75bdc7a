using Grader.Rubric;
using Grader.Sandboxes.Containers;

namespace Grader.Languages.C;

/// <summary>C (<c>.c</c>): each file compiled with <c>gcc</c> (else <c>cc</c>, else <c>clang</c>), then the binary
/// run.</summary>
public sealed class CLanguage : ILanguage
{
    /// <inheritdoc/>
    public string Name => "c";

    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions { get; } = [".c"];

    /// <inheritdoc/>
    public LanguageSource Source => CSource.Reading;

    /// <inheritdoc/>
    public ImagePackages Image { get; } = new("c", ["gcc", "libc6-dev"]);

    /// <inheritdoc/>
    public Task<IReadOnlyDictionary<Role, RoleLaunch>> BuildAsync(
        LanguageBuild build,
        IReadOnlyList<RoleProgram> programs,
        CancellationToken cancellationToken
    ) =>
        NativeCompiler.BuildAsync(
            NativeCompiler.First(build, "gcc", "cc", "clang"),
            build,
            programs,
            cancellationToken
        );

    /// <inheritdoc/>
    public ManifestCommands SuggestManifest(RoleProgram program) => NativeCompiler.SuggestManifest("gcc", program);
}
