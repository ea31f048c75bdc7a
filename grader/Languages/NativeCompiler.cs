using Grader.Launching;
using Grader.Rubric;

namespace Grader.Languages;

/// <summary>Compiles each program of a C-family language on its own with a gcc-like compiler, into a binary named after
/// its role.</summary>
internal static class NativeCompiler
{
    // Plain ASCII English messages whatever the host's locale, so reports read the same everywhere.
    private static readonly IReadOnlyDictionary<string, string?> Environment = new Dictionary<string, string?>
    {
        ["LC_ALL"] = "C",
    };

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
                var binary = Path.Combine(build.WorkDirectory, program.Role.Name);
                // -pthread: the concurrent server uses threads, and older C libraries need it to link them.
                var run = await BuildTool.RunAsync(
                    build,
                    compiler,
                    ["-O2", "-pthread", "-o", binary, program.Source],
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
}
