namespace Grader.Languages;

/// <summary>The arguments a role's program is started with after its own command.</summary>
internal static class RoleArguments
{
    /// <summary>The role's name for a program that plays several roles, nothing otherwise.</summary>
    public static IReadOnlyList<string> For(RoleProgram program) => program.TakesRoleName ? [program.Role.Name] : [];
}
