using System.Diagnostics;
using System.Text;
using CliWrap;
using Grader.Threading;

namespace Grader.Launching;

/// <summary>Starts programs with CliWrap: standard input fed, output captured up to a cap, time-limited.</summary>
public static class ProgramLauncher
{
    // Linux sends a child its parent-death signal when the *thread* that forked it ends. Thread-pool threads
    // come and go, so every program is forked from this one thread, which lives as long as the grader.
    private static readonly DedicatedThread ForkingThread = new("program launcher");

    /// <summary>Starts <paramref name="command"/>; <paramref name="standardInput"/> null means an empty, closed
    /// input.</summary>
    public static async Task<RunningProgram> StartAsync(
        ProgramCommand command,
        string? standardInput,
        LaunchLimits limits
    )
    {
        var stdout = new CappedOutput(limits.OutputBytes);
        var stderr = new CappedOutput(limits.OutputBytes);
        var cli = Cli.Wrap(command.FileName)
            .WithArguments(command.Arguments)
            .WithWorkingDirectory(command.WorkingDirectory)
            .WithEnvironmentVariables(command.Environment ?? new Dictionary<string, string?>())
            .WithStandardInputPipe(
                standardInput is null ? PipeSource.Null : PipeSource.FromString(standardInput, new UTF8Encoding(false))
            )
            .WithStandardOutputPipe(stdout.Target)
            .WithStandardErrorPipe(stderr.Target)
            .WithValidation(CommandResultValidation.None);

        var kill = new CancellationTokenSource();
        try
        {
            var clock = Stopwatch.StartNew();
            var task = await ForkingThread.InvokeAsync(() => cli.ExecuteAsync(kill.Token));
            return new RunningProgram(command, task, kill, stdout, stderr, limits, clock);
        }
        catch
        {
            kill.Dispose();
            throw;
        }
    }
}
