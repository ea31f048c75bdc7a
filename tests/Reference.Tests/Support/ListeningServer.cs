using System.Globalization;
using System.Text.RegularExpressions;

namespace Reference.Tests.Support;

/// <summary>
/// A reference server started with <c>--port 0</c>: the system picks a free port, which the server names at the end
/// of its ready line (<c>... on port 40123</c>). No port is guessed, so none can be taken by someone else first.
/// </summary>
/// <param name="Program">The running server.</param>
/// <param name="Port">The port it is bound to.</param>
public sealed record ListeningServer(RunningProgram Program, int Port) : IAsyncDisposable
{
    private static readonly Regex ReadyLine = new(@" on (?:UDP )?port (\d+)$");

    /// <summary>Starts <paramref name="launch"/> (which must pass <c>--port 0</c>) and waits for its ready
    /// line.</summary>
    public static async Task<ListeningServer> StartAsync(Launch launch)
    {
        var program = await RunningProgram.StartAsync(launch);
        try
        {
            var ready = await program.WaitForLineAsync(ReadyLine);
            return new ListeningServer(program, int.Parse(ready.Groups[1].Value, CultureInfo.InvariantCulture));
        }
        catch
        {
            await program.DisposeAsync();
            throw;
        }
    }

    /// <summary>Kills the server.</summary>
    public ValueTask DisposeAsync() => Program.DisposeAsync();
}
