using System.Text.RegularExpressions;
using Grader.Launching;
using Grader.Rubric;
using Grader.Sandboxes.Containers;

namespace Grader.Languages.Java;

/// <summary>Java (<c>.java</c>): one <c>javac</c> for all the submission's Java files, then <c>java -cp</c> each role's
/// class.</summary>
public sealed partial class JavaLanguage : ILanguage
{
    /// <inheritdoc/>
    public string Name => "java";

    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions { get; } = [".java"];

    /// <inheritdoc/>
    public LanguageSource Source => JavaSource.Reading;

    /// <inheritdoc/>
    public ImagePackages Image { get; } = new("java", ["default-jdk-headless"]);

    /// <inheritdoc/>
    public async Task<IReadOnlyDictionary<Role, RoleLaunch>> BuildAsync(
        LanguageBuild build,
        IReadOnlyList<RoleProgram> programs,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(build);
        ArgumentNullException.ThrowIfNull(programs);
        var classes = Path.Combine(build.WorkDirectory, "java");
        Directory.CreateDirectory(classes);

        var together = await CompileAsync(build, classes, programs, cancellationToken);
        IReadOnlyList<(RoleProgram Program, ToolRun Run)> runs;
        if (together.Succeeded || programs.Count == 1 || !together.Installed)
        {
            runs = [.. programs.Select(program => (program, together))];
        }
        else
        {
            // One broken file fails the joint compile; compiling each role alone tells which roles it costs.
            runs = await Task.WhenAll(
                programs.Select(async program =>
                    (program, await CompileAsync(build, classes, [program], cancellationToken))
                )
            );
        }

        var java = build.FindTool("java");
        return runs.ToDictionary(
            run => run.Program.Role,
            RoleLaunch (run) =>
                !run.Run.Succeeded ? run.Run.Failure(run.Program, run.Program.Source)
                : java is null
                    ? new RoleLaunch.BuildFailed(
                        run.Program,
                        $"java is not installed, so {run.Program.Source} cannot be run.",
                        ""
                    )
                : new RoleLaunch.Ready(
                    run.Program,
                    new ProgramCommand(
                        java,
                        ["-cp", classes, ClassName(build, run.Program), .. RoleArguments.For(run.Program)],
                        build.Directory
                    )
                )
        );
    }

    /// <inheritdoc/>
    public ManifestCommands SuggestManifest(RoleProgram program)
    {
        ArgumentNullException.ThrowIfNull(program);
        // Java 11 and later run a single source file without javac.
        return new(null, $"java {ShellWord.Quote(program.Source)}{ManifestCommands.RoleWord(program)}");
    }

    /// <summary>
    /// Compiles <paramref name="programs"/> with the helper classes beside them: the other Java files in their folders
    /// that are not another role's program, which may be broken without costing these roles.
    /// </summary>
    private static Task<ToolRun> CompileAsync(
        LanguageBuild build,
        string classes,
        IReadOnlyList<RoleProgram> programs,
        CancellationToken cancellationToken
    )
    {
        var roleSources = build.Programs.Select(p => p.Source).ToHashSet(StringComparer.Ordinal);
        var folders = programs.Select(p => Path.GetDirectoryName(p.Source) ?? "").Distinct().ToList();
        var helpers = folders
            .SelectMany(folder =>
                Directory
                    .EnumerateFiles(Path.Combine(build.Directory, folder), "*.java")
                    .Select(file =>
                        Path.Combine(folder, Path.GetFileName(file)).Replace(Path.DirectorySeparatorChar, '/')
                    )
            )
            .Where(source => !roleSources.Contains(source) && !Path.GetFileName(source).StartsWith('.'))
            .Order(StringComparer.Ordinal);
        // The source path also finds helpers laid out by package, such as src/lab/Greeting.java.
        var sourcePath = string.Join(Path.PathSeparator, folders.Select(folder => folder.Length > 0 ? folder : "."));
        return BuildTool.RunAsync(
            build,
            "javac",
            [
                "-encoding",
                "UTF-8",
                "-d",
                classes,
                "-sourcepath",
                sourcePath,
                .. programs.Select(p => p.Source),
                .. helpers,
            ],
            cancellationToken
        );
    }

    /// <summary>The class to run: the file's name, inside the file's package if it declares one.</summary>
    private static string ClassName(LanguageBuild build, RoleProgram program)
    {
        var name = Path.GetFileNameWithoutExtension(program.Source);
        string text;
        try
        {
            text = File.ReadAllText(Path.Combine(build.Directory, program.Source));
        }
        catch (IOException)
        {
            // javac just read it; if it is gone now, running the class will say so.
            return name;
        }
        return PackageDeclaration().Match(text) is { Success: true } package
            ? $"{package.Groups[1].Value}.{name}"
            : name;
    }

    [GeneratedRegex(@"^\s*package\s+([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex PackageDeclaration();
}
