using Grader.Launching;
using Grader.Rubric;

namespace Grader.Languages;

/// <summary>
/// Compiles each program of a C-family language with a gcc-like compiler, into a binary named after its role: its file,
/// with the helper sources beside it (files of its language in its folder that are no role's program and define no
/// <c>main</c>, such as a <c>common.c</c> of shared functions), linked with the threads and maths libraries.
/// </summary>
internal static partial class NativeCompiler
{
    // Plain ASCII English messages whatever the host's locale, so reports read the same everywhere.
    private static readonly IReadOnlyDictionary<string, string?> Environment = new Dictionary<string, string?>
    {
        ["LC_ALL"] = "C",
    };

    /// <summary>The first of <paramref name="compilers"/> this machine has, as a student's shell would find it (macOS
    /// names Apple's clang <c>cc</c>); the first when none is, for its "not installed".</summary>
    public static string First(LanguageBuild build, params IReadOnlyList<string> compilers)
    {
        ArgumentNullException.ThrowIfNull(build);
        return compilers.FirstOrDefault(c => build.FindTool(c) is not null) ?? compilers[0];
    }

    /// <summary>Compiles every program with <paramref name="compiler"/>, each independently of the others.</summary>
    public static async Task<IReadOnlyDictionary<Role, RoleLaunch>> BuildAsync(
        string compiler,
        LanguageBuild build,
        IReadOnlyList<RoleProgram> programs,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(build);
        ArgumentNullException.ThrowIfNull(programs);
        var launches = await Task.WhenAll(
            programs.Select(async program =>
            {
                // Windows's compilers add .exe to a name without one.
                var binary = Path.Combine(
                    build.WorkDirectory,
                    program.Role.Name + (OperatingSystem.IsWindows() ? ".exe" : "")
                );
                // -pthread: the concurrent server uses threads, and older C libraries need it to link them; -lm: a
                // pinger's statistics may take a square root.
                var run = await BuildTool.RunAsync(
                    build,
                    compiler,
                    ["-O2", "-pthread", "-o", binary, program.Source, .. Helpers(build, program), "-lm"],
                    cancellationToken,
                    Environment
                );
                return run.Succeeded
                    ? new RoleLaunch.Ready(
                        program,
                        new ProgramCommand(binary, RoleArguments.For(program), build.Directory)
                    )
                    : (RoleLaunch)run.Failure(program, program.Source);
            })
        );
        return programs.Select((program, i) => (program.Role, launches[i])).ToDictionary();
    }

    /// <summary>What a manifest would say to build <paramref name="program"/> with <paramref name="compiler"/> as the
    /// grader does (its helpers left out), and to run the binary.</summary>
    public static ManifestCommands SuggestManifest(string compiler, RoleProgram program)
    {
        ArgumentNullException.ThrowIfNull(program);
        var output = ManifestCommands.BuildOutput(program.Role.Name);
        return new(
            $"{compiler} -O2 -pthread -o {output} {ShellWord.Quote(program.Source)}",
            output + ManifestCommands.RoleWord(program)
        );
    }

    // The sources of the program's language in its folder that no role plays and that define no main of their own, by
    // paths relative to the submission, as the program's is.
    private static IEnumerable<string> Helpers(LanguageBuild build, RoleProgram program)
    {
        var roleSources = build.Programs.Select(p => p.Source).ToHashSet(StringComparer.Ordinal);
        var folder = Path.GetDirectoryName(program.Source) ?? "";
        var extension = Path.GetExtension(program.Source);
        return Directory
            .EnumerateFiles(Path.Combine(build.Directory, folder), "*" + extension)
            .Where(file =>
                Path.GetExtension(file).Equals(extension, StringComparison.Ordinal)
                && !Path.GetFileName(file).StartsWith('.')
            )
            .Select(file => Path.Combine(folder, Path.GetFileName(file)).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(source => !roleSources.Contains(source) && !DefinesMain(Path.Combine(build.Directory, source)))
            .Order(StringComparer.Ordinal);
    }

    private static bool DefinesMain(string path)
    {
        try
        {
            return MainFunction().IsMatch(File.ReadAllText(path));
        }
        catch (IOException)
        {
            return true; // unreadable: leave it out
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:int|void)\s+main\s*\(")]
    private static partial System.Text.RegularExpressions.Regex MainFunction();
}
