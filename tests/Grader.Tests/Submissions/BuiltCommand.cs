using Grader.Launching;

namespace Grader.Tests.Submissions;

/// <summary>Runs a built role's command as the checks will, and waits for it.</summary>
internal static class BuiltCommand
{
    private static readonly LaunchLimits Limits = new(TimeSpan.FromSeconds(20), 64 * 1024);

    public static async Task<ProgramExit> RunAsync(ProgramCommand command, string? standardInput = null)
    {
        await using var program = await ProgramLauncher.StartAsync(command, standardInput, Limits);
        return await program.Exited;
    }
}
