using Grader.Launching;
using Grader.Rubric;
using Grader.Sandboxes.Containers;

namespace Grader.Languages.CSharp;

/// <summary>
/// C# (a <c>.csproj</c>): <c>dotnet build</c> with its outputs under the work folder, then <c>dotnet</c> the built
/// assembly. One project may play every role, told which by the role's name, as the reference does.
/// </summary>
public sealed class CSharpLanguage : ILanguage
{
    /// <inheritdoc/>
    public string Name => "csharp";

    /// <inheritdoc/>
    public bool MayPlayEveryRole => true;

    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions { get; } = [".csproj"];

    /// <inheritdoc/>
    public LanguageSource Source => CSharpSource.Reading;

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
                DotnetBuildEnvironment.Variables,
                DotnetBuildEnvironment.PackageCaches
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

    /// <inheritdoc/>
    public ManifestCommands SuggestManifest(RoleProgram program)
    {
        ArgumentNullException.ThrowIfNull(program);
        var name = ShellWord.Quote(Path.GetFileNameWithoutExtension(program.Source));
        var output = ManifestCommands.BuildOutput(name);
        return new(
            $"dotnet build {ShellWord.Quote(program.Source)} -c Release -o {output}",
            $"dotnet {output}/{name}.dll{ManifestCommands.RoleWord(program)}"
        );
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
