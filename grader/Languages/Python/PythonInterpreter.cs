using System.ComponentModel;
using Grader.Launching;
using Grader.Sandboxes;

namespace Grader.Languages.Python;

/// <summary>
/// Finds the real Python 3 interpreter once per grader run. The <c>python3</c> on the PATH may be a shim
/// (pyenv's is a shell script) that costs 100 ms to a second every start, which would eat into the checks' deadlines,
/// so it is asked once where the interpreter behind it lives, and a pyenv shim's answer is kept between runs while
/// nothing pyenv decides by changes (<see cref="PyenvAnswer"/>). A launcher that is a compiled program is the
/// interpreter itself and is not asked.
/// </summary>
internal sealed class PythonInterpreter
{
    private static readonly TimeSpan AskTimeLimit = TimeSpan.FromSeconds(10);
    private readonly Func<string?> _findLauncher;
    private readonly string _fallback;
    private readonly Lazy<Task<string?>> _resolved;
    private readonly PyenvAnswer _answers;

    /// <summary>Asks what <paramref name="findLauncher"/> finds, falling back to <paramref name="fallback"/> if it
    /// cannot answer; a pyenv shim's answer is kept in <paramref name="answers"/> (the user's cache by
    /// default).</summary>
    public PythonInterpreter(Func<string?> findLauncher, string fallback, PyenvAnswer? answers = null)
    {
        _findLauncher = findLauncher;
        _fallback = fallback;
        _answers = answers ?? PyenvAnswer.Default;
        _resolved = new(AskAsync);
    }

    /// <summary>
    /// The interpreter a student's shell runs: behind <c>python3</c> on the PATH, else <c>python</c> (a Python 3), else
    /// on Windows the <c>py -3</c> launcher; falling back to <c>/usr/bin/python3</c>.
    /// </summary>
    public static PythonInterpreter Default { get; } =
        new(
            () =>
                HostTools.Find("python3")
                ?? HostTools.Find("python")
                ?? (OperatingSystem.IsWindows() ? HostTools.Find("py") : null),
            "/usr/bin/python3"
        );

    /// <summary>What a report says when no Python 3 is found, in the words of this platform's ways to run
    /// one.</summary>
    public static string Missing =>
        OperatingSystem.IsWindows()
            ? "Python 3 is not installed (no python3, python or py launcher on the PATH)"
            : "python3 is not installed";

    /// <summary>The full path of the interpreter, or null if there is no Python 3 at all.</summary>
    public Task<string?> ResolveAsync(CancellationToken cancellationToken) =>
        _resolved.Value.WaitAsync(cancellationToken);

    private async Task<string?> AskAsync()
    {
        var launcher = _findLauncher();
        // A launcher that is the interpreter itself (or a link to it) is its own answer; a python or py may be Python 2
        // or a launcher, so it is always asked.
        if (launcher is not null && !MayNotBePython3(launcher) && IsProgram(launcher))
            return launcher;
        var shim = launcher is not null && PyenvAnswer.IsShim(launcher);
        if (shim && _answers.Read(launcher!) is { } kept)
            return kept;
        if (launcher is not null)
        {
            var command = new ProgramCommand(
                launcher,
                [
                    .. IsPyLauncher(launcher) ? ["-3"] : Array.Empty<string>(),
                    "-c",
                    "import sys; print(sys.executable if sys.version_info[0] == 3 else '')",
                ],
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
                {
                    if (shim)
                        _answers.Write(launcher, answer);
                    return answer;
                }
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

    // Windows's Python launcher, which picks the newest Python 3 when asked with -3.
    private static bool IsPyLauncher(string path) =>
        Path.GetFileNameWithoutExtension(path).Equals("py", StringComparison.OrdinalIgnoreCase);

    private static bool MayNotBePython3(string path) =>
        IsPyLauncher(path)
        || Path.GetFileNameWithoutExtension(path).Equals("python", StringComparison.OrdinalIgnoreCase);

    // A compiled program (ELF), not a script that starts one.
    private static bool IsProgram(string path)
    {
        try
        {
            using var file = File.OpenRead(path);
            Span<byte> magic = stackalloc byte[4];
            return file.ReadAtLeast(magic, 4, throwOnEndOfStream: false) == 4 && magic.SequenceEqual("\u007fELF"u8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
