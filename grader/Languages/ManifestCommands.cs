namespace Grader.Languages;

/// <summary>What a <c>submission.yaml</c> says to build and run one program as the grader would.</summary>
/// <param name="Build">The build command, or null when the program needs none.</param>
/// <param name="Run">The command that runs it.</param>
public sealed record ManifestCommands(string? Build, string Run)
{
    /// <summary>The environment variable that tells a manifest's commands where build outputs go.</summary>
    public const string BuildDirectoryVariable = "GRADER_BUILD_DIR";

    /// <summary>The path a manifest's build gives the output named <paramref name="name"/>, such as
    /// <c>$GRADER_BUILD_DIR/tcp-server</c>.</summary>
    public static string BuildOutput(string name) => $"${BuildDirectoryVariable}/{name}";

    /// <summary>The role's name as the command's last word (with the space before it) for a program that plays
    /// several roles, nothing otherwise.</summary>
    public static string RoleWord(RoleProgram program)
    {
        ArgumentNullException.ThrowIfNull(program);
        return program.TakesRoleName ? $" {program.Role.Name}" : "";
    }

    /// <summary>The program's file run as it is: an executable, or a program of a language the grader does not
    /// know.</summary>
    public static ManifestCommands RunAsIs(RoleProgram program)
    {
        ArgumentNullException.ThrowIfNull(program);
        var source = ShellWord.Quote(program.Source);
        return new(
            null,
            (program.Source.Contains('/', StringComparison.Ordinal) ? source : $"./{source}") + RoleWord(program)
        );
    }
}
