using System.ComponentModel;
using Grader.Launching;
using Grader.Sandboxes;

namespace Grader.Languages;

/// <summary>
/// Finds the real Python 3 interpreter once per grader run. The <c>python3</c> on the PATH may be a shim
/// (pyenv's is a shell script) that costs about 100 ms every start, which would eat into the checks' deadlines,
/// so it is asked once where the interpreter behind it lives.
/// </summary>
internal sealed class PythonInterpreter
{
    private static readonly TimeSpan AskTimeLimit = TimeSpan.FromSeconds(10);
    private readonly Func<string?> _findLauncher;
    private readonly string _fallback;
    private readonly Lazy<Task<string?>> _resolved;

    /// <summary>Asks what <paramref name="findLauncher"/> finds, falling back to <paramref name="fallback"/> if it
    /// cannot answer.</summary>
    public PythonInterpreter(Func<string?> findLauncher, string fallback)
    {
        _findLauncher = findLauncher;
        _fallback = fallback;
        _resolved = new(AskAsync);
    }

    /// <summary>The interpreter behind <c>python3</c> on the PATH, falling back to <c>/usr/bin/python3</c>.</summary>
    public static PythonInterpreter Default { get; } = new(() => HostTools.Find("python3"), "/usr/bin/python3");

    /// <summary>The full path of the interpreter, or null if there is no Python 3 at all.</summary>
    public Task<string?> ResolveAsync(CancellationToken cancellationToken) =>
        _resolved.Value.WaitAsync(cancellationToken);

    private async Task<string?> AskAsync()
    {
        var launcher = _findLauncher();
        if (launcher is not null)
        {
            var command = new ProgramCommand(
                launcher,
                ["-c", "import sys; print(sys.executable)"],
                Environment.CurrentDirectory,
                new Dictionary<string, string?> { ["PYTHONDONTWRITEBYTECODE"] = "1" }
            );
            try
            {
                await using var program = await ProgramLauncher.StartAsync(
                    command,
                    null,
                    new LaunchLimits(AskTimeLimit, 4096)
                );
                var exit = await program.Exited;
                var answer = exit.StandardOutput.Trim();
                if (exit.ExitCode == 0 && Path.IsPathRooted(answer) && File.Exists(answer))
                    return answer;
            }
            catch (Win32Exception)
            {
                // Not startable: fall back below.
            }
        }
        if (File.Exists(_fallback))
            return _fallback;
        return launcher;
    }
}
