namespace Reference.Tests.Support;

/// <summary>
/// The real Python 3 interpreter, asked once: <c>python3</c> on the PATH may be a slow shell shim (pyenv), and a
/// shim between the test and the program would also be one more process to kill.
/// </summary>
public static class PythonInterpreter
{
    private static readonly Lazy<Task<string>> Executable = new(ResolveAsync);

    /// <summary>The absolute path of the interpreter that <c>python3</c> runs.</summary>
    public static Task<string> PathAsync() => Executable.Value;

    private static async Task<string> ResolveAsync()
    {
        var output = await ShortCommand.RunCheckedAsync(
            Launch.Of("python3", "-c", "import sys; print(sys.executable)"),
            CancellationToken.None
        );
        return output.Trim();
    }
}
