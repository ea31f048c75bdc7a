using Grader.Launching;
using Grader.Rubric;

namespace Grader.Languages;

/// <summary>
/// C# (a <c>.csproj</c>): <c>dotnet build</c> with its outputs under the work folder, then <c>dotnet</c> the built
/// assembly. One project may play every role, told which by the role's name, as the reference does.
/// </summary>
public sealed class CSharpLanguage : ILanguage
{
    /// <summary>
    /// The NuGet packages already on this machine (the grader's user's global packages folder, if it has one), which
    /// C# builds may read as an offline package source: a build has no network, so a project with package references
    /// builds only with packages the operator has restored before.
    /// </summary>
    internal static IReadOnlyList<string> PackageCaches { get; } = FindPackageCaches();

    /// <summary>
    /// Keeps a build from leaving MSBuild nodes or a compiler server running after it, which would hold the grader's
    /// output pipes open (environment variables are MSBuild properties, so <c>UseSharedCompilation</c> applies too);
    /// skips NuGet's audit, which needs the network a build does not have; and restores from <see
    /// cref="PackageCaches"/>.
    /// </summary>
    internal static readonly IReadOnlyDictionary<string, string?> BuildEnvironment = new Dictionary<string, string?>
    {
        ["MSBUILDDISABLENODEREUSE"] = "1",
        ["UseSharedCompilation"] = "false",
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
        ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
        ["NuGetAudit"] = "false",
        ["RestoreAdditionalProjectFallbackFolders"] = PackageCaches.Count == 0 ? null : string.Join(';', PackageCaches),
    };

    /// <inheritdoc/>
    public string Name => "csharp";

    /// <inheritdoc/>
    public bool MayPlayEveryRole => true;

    /// <inheritdoc/>
    public bool Recognises(FileInfo file) => file.Extension.Equals(".csproj", StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public async Task<IReadOnlyDictionary<Role, RoleLaunch>> BuildAsync(
        LanguageBuild build,
        IReadOnlyList<RoleProgram> programs,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(build);
        ArgumentNullException.ThrowIfNull(programs);
        var artifacts = Path.Combine(build.WorkDirectory, "dotnet");
        var launches = new Dictionary<Role, RoleLaunch>();
        // One after the other: projects of one submission may reference each other and share outputs.
        foreach (var project in programs.GroupBy(program => program.Source))
        {
            var run = await BuildTool.RunAsync(
                build,
                "dotnet",
                [
                    "build",
                    project.Key,
                    "-c",
                    "Release",
                    "--artifacts-path",
                    artifacts,
                    "-nologo",
                    "-v",
                    "quiet",
                    "-nodeReuse:false",
                ],
                cancellationToken,
                BuildEnvironment,
                PackageCaches
            );
            var assembly = run.Succeeded ? FindAssembly(artifacts, project.Key) : null;
            var dotnet = build.FindTool("dotnet");
            foreach (var program in project)
            {
                launches[program.Role] =
                    !run.Succeeded ? run.Failure(program, program.Source)
                    : assembly is null || dotnet is null
                        ? new RoleLaunch.BuildFailed(
                            program,
                            $"dotnet build made no runnable program from {program.Source}; is its OutputType Exe?",
                            ""
                        )
                    : new RoleLaunch.Ready(
                        program,
                        new ProgramCommand(dotnet, [assembly, .. RoleArguments.For(program)], build.Directory)
                    );
            }
        }
        return launches;
    }

    private static IReadOnlyList<string> FindPackageCaches()
    {
        var folder = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        return Directory.Exists(folder) ? [Path.GetFullPath(folder)] : [];
    }

    /// <summary>The project's built program: the assembly next to its <c>.runtimeconfig.json</c>, which only
    /// executables have.</summary>
    private static string? FindAssembly(string artifacts, string project)
    {
        var output = new DirectoryInfo(Path.Combine(artifacts, "bin", Path.GetFileNameWithoutExtension(project)));
        if (!output.Exists)
            return null;
        return output
            .EnumerateFiles("*.runtimeconfig.json", SearchOption.AllDirectories)
            .OrderBy(file => file.FullName, StringComparer.Ordinal)
            .Select(file => Path.Combine(file.DirectoryName!, file.Name[..^".runtimeconfig.json".Length] + ".dll"))
            .FirstOrDefault(File.Exists);
    }
}
