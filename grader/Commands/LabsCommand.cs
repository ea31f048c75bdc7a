using System.CommandLine;
using Grader.Errors;
using Grader.Labs;
using Grader.Rubric;

namespace Grader.Commands;

/// <summary><c>grader labs</c>: lists the labs the grader has, with their roles, port and shipped rubric.</summary>
internal static class LabsCommand
{
    public static Command Create()
    {
        var command = new Command("labs", "List the labs the grader can grade (choose one with --lab).");
        command.SetAction(_ =>
        {
            foreach (var lab in LabRegistry.All)
            {
                var definition = lab.Definition;
                Console.WriteLine($"{definition.Name}{(lab.IsDefault ? " (default)" : "")}: {definition.Title}");
                Console.WriteLine($"  roles: {string.Join(", ", definition.Roles.Select(Describe))}");
                Console.WriteLine($"  port {definition.DefaultPort}; rubric: {definition.RubricFile}");
            }
            return ExitCodes.Passed;
        });
        return command;
    }

    private static string Describe(Role role) =>
        $"{role.Name} ({role.Transport.ToString().ToUpperInvariant()} {(role.IsServer ? "server" : "client")})";
}
