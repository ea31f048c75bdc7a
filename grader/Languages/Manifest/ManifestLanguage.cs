using Grader.Launching;
using Grader.Rubric;
using Grader.Sandboxes.Containers;

namespace Grader.Languages.Manifest;

/// <summary>
/// Programs named by a <c>submission.yaml</c>: its build command, if any, run once with <c>/bin/sh -c</c>, then each
/// role's command line, with <c>GRADER_BUILD_DIR</c> set to the build's work folder. The build, confined like any,
/// runs in a copy of the submission folder, so what it must leave for the run commands goes to <c>GRADER_BUILD_DIR</c>.
/// No file is recognised by it.
/// </summary>
public sealed class ManifestLanguage : ILanguage
{
    /// <summary>The shell that runs the manifest's command lines.</summary>
    public const string Shell = "/bin/sh";

    /// <inheritdoc/>
    public string Name => "manifest";

    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions => [];

    /// <inheritdoc/>
    public LanguageSource? Source => null;

    /// <inheritdoc/>
    public ImagePackages Image => ImagePackages.None;

    /// <inheritdoc/>
    public async Task<IReadOnlyDictionary<Role, RoleLaunch>> BuildAsync(
        LanguageBuild build,
        IReadOnlyList<RoleProgram> programs,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(build);
        ArgumentNullException.ThrowIfNull(programs);
        // The manifest's build is often a dotnet build (the reference's is), which must not leave servers behind
        // either.
        var environment = new Dictionary<string, string?>(DotnetBuildEnvironment.Variables)
        {
            [ManifestCommands.BuildDirectoryVariable] = build.WorkDirectory,
        };
        string? failure = null;
        var errors = "";
        if (build.BuildCommand is { } command)
        {
            var run = await BuildTool.RunAsync(
                build,
                Shell,
                ["-c", command],
                cancellationToken,
                environment,
                DotnetBuildEnvironment.PackageCaches
            );
            failure = run switch
            {
                { Succeeded: true } => null,
                { Installed: false } => run.Summary("submission.yaml"),
                { Exit: { KilledByLimit: true, LimitHit: { } limit } } =>
                    $"The build command of submission.yaml was killed: {limit}.",
                { Exit.KilledBecause: { } reason } => $"The build command of submission.yaml was stopped: {reason}.",
                { Exit.LimitHit: { } hit } =>
                    $"The build command of submission.yaml failed with exit code {run.Exit.ExitCode} (limit reached: it {hit}).",
                _ => $"The build command of submission.yaml failed with exit code {run.Exit?.ExitCode}.",
            };
            errors = run.FirstErrorLines();
        }
        var runEnvironment = new Dictionary<string, string?>
        {
            [ManifestCommands.BuildDirectoryVariable] = build.WorkDirectory,
        };
        return programs.ToDictionary(
            program => program.Role,
            RoleLaunch (program) =>
                failure is not null
                    ? new RoleLaunch.BuildFailed(program, failure, errors)
                    : new RoleLaunch.Ready(
                        program,
                        new ProgramCommand(Shell, ["-c", program.Source], build.Directory, runEnvironment)
                    )
        );
    }

    /// <inheritdoc/>
    public ManifestCommands SuggestManifest(RoleProgram program)
    {
        ArgumentNullException.ThrowIfNull(program);
        return new(null, program.Source);
    }
}
