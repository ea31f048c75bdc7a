using CliWrap;
using CliWrap.Buffered;

namespace Reference.Tests.Support;

/// <summary>Runs a helper command (<c>ip</c>, <c>kill</c>, a Python one-liner) to completion, within a
/// deadline.</summary>
public static class ShortCommand
{
    /// <summary>Runs <paramref name="launch"/> and returns its buffered result, whatever its exit code.</summary>
    /// <exception cref="TimeoutException">It did not finish within <see cref="Timeouts.Event"/>; it was
    /// killed.</exception>
    public static async Task<BufferedCommandResult> RunAsync(Launch launch, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Timeouts.Event);
        try
        {
            return await Cli.Wrap(launch.FileName)
                .WithArguments(launch.Arguments)
                .WithWorkingDirectory(launch.WorkingDirectory ?? Directory.GetCurrentDirectory())
                .WithEnvironmentVariables(
                    launch.Environment.ToDictionary(pair => pair.Key, pair => (string?)pair.Value)
                )
                .WithValidation(CommandResultValidation.None)
                .ExecuteBufferedAsync(deadline.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"'{launch}' did not finish within {Timeouts.Event.TotalSeconds} s.");
        }
    }

    /// <summary>Runs <paramref name="launch"/> and insists that it succeeds.</summary>
    /// <returns>Its standard output.</returns>
    /// <exception cref="InvalidOperationException">It exited with a non-zero code.</exception>
    public static async Task<string> RunCheckedAsync(Launch launch, CancellationToken cancellationToken)
    {
        var result = await RunAsync(launch, cancellationToken);
        return result.ExitCode == 0
            ? result.StandardOutput
            : throw new InvalidOperationException(
                $"'{launch}' exited with code {result.ExitCode}: {result.StandardError.Trim()}"
            );
    }
}
