using Grader.Launching;
using Grader.Rubric;
using Grader.Sandboxes.Containers;

namespace Grader.Languages.Python;

/// <summary>Python 3 (<c>.py</c>), as the lecture writes the lab: nothing to build, run with the real
/// interpreter.</summary>
public sealed class PythonLanguage : ILanguage
{
    private static readonly IReadOnlyDictionary<string, string?> Environment = new Dictionary<string, string?>
    {
        // No __pycache__ in the student's folder, and output that reaches the grader as soon as it is printed.
        ["PYTHONDONTWRITEBYTECODE"] = "1",
        ["PYTHONUNBUFFERED"] = "1",
        // Messages are UTF-8 whatever the host's locale, so printing "ß" cannot fail.
        ["PYTHONIOENCODING"] = "utf-8",
    };

    private readonly PythonInterpreter _interpreter;

    internal PythonLanguage(PythonInterpreter interpreter) => _interpreter = interpreter;

    /// <inheritdoc/>
    public string Name => "python";

    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions { get; } = [".py"];

    /// <inheritdoc/>
    public LanguageSource Source => PythonSource.Reading;

    /// <inheritdoc/>
    public ImagePackages Image { get; } = ImagePackages.Always("python3");

    /// <inheritdoc/>
    public async Task<IReadOnlyDictionary<Role, RoleLaunch>> BuildAsync(
        LanguageBuild build,
        IReadOnlyList<RoleProgram> programs,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(build);
        ArgumentNullException.ThrowIfNull(programs);
        var interpreter = await _interpreter.ResolveAsync(cancellationToken);
        return programs.ToDictionary(
            program => program.Role,
            RoleLaunch (program) =>
                interpreter is null
                    ? new RoleLaunch.BuildFailed(
                        program,
                        $"{PythonInterpreter.Missing}, so {program.Source} cannot be run.",
                        ""
                    )
                    : new RoleLaunch.Ready(
                        program,
                        new ProgramCommand(
                            interpreter,
                            ["-u", program.Source, .. RoleArguments.For(program)],
                            build.Directory,
                            Environment
                        )
                    )
        );
    }

    /// <inheritdoc/>
    public ManifestCommands SuggestManifest(RoleProgram program)
    {
        ArgumentNullException.ThrowIfNull(program);
        return new(null, $"python3 {ShellWord.Quote(program.Source)}{ManifestCommands.RoleWord(program)}");
    }
}
