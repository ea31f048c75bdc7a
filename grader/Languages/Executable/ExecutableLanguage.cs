using Grader.Launching;
using Grader.Rubric;
using Grader.Sandboxes.Containers;

namespace Grader.Languages.Executable;

/// <summary>A file with no extension and the executable bit, such as a compiled binary or a script: run as it
/// is.</summary>
public sealed class ExecutableLanguage : ILanguage
{
    private const UnixFileMode AnyExecute =
        UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;

    /// <inheritdoc/>
    public string Name => "executable";

    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions => [];

    /// <inheritdoc/>
    public bool ComesBuilt => true;

    /// <inheritdoc/>
    public LanguageSource? Source => null;

    /// <inheritdoc/>
    public ImagePackages Image => ImagePackages.None;

    /// <inheritdoc/>
    public bool Recognises(FileInfo file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (OperatingSystem.IsWindows() || file.Extension.Length > 0)
            return false;
        return (file.UnixFileMode & AnyExecute) != 0;
    }

    /// <inheritdoc/>
    public Task<IReadOnlyDictionary<Role, RoleLaunch>> BuildAsync(
        LanguageBuild build,
        IReadOnlyList<RoleProgram> programs,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(build);
        ArgumentNullException.ThrowIfNull(programs);
        var directory = build.Directory;
        IReadOnlyDictionary<Role, RoleLaunch> launches = programs.ToDictionary(
            program => program.Role,
            RoleLaunch (program) =>
                new RoleLaunch.Ready(
                    program,
                    new ProgramCommand(Path.Combine(directory, program.Source), RoleArguments.For(program), directory)
                )
        );
        return Task.FromResult(launches);
    }

    /// <inheritdoc/>
    public ManifestCommands SuggestManifest(RoleProgram program) => ManifestCommands.RunAsIs(program);
}
