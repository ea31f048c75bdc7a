using System.Diagnostics;

namespace Grader.Tests.Support;

/// <summary>
/// Processes that only burn CPU, to load the machine the way a busy CI runner or a class graded in parallel does: a
/// shell loop each, started at once and killed when disposed.
/// </summary>
public sealed class CpuHogs : IDisposable
{
    private readonly List<Process> _hogs;

    private CpuHogs(List<Process> hogs) => _hogs = hogs;

    /// <summary>How many run.</summary>
    public int Count => _hogs.Count;

    /// <summary>Starts <paramref name="perCore"/> hogs per core of this machine.</summary>
    public static CpuHogs StartPerCore(int perCore) =>
        new([
            .. Enumerable
                .Range(0, perCore * Environment.ProcessorCount)
                .Select(_ => Process.Start(new ProcessStartInfo("sh", ["-c", "while :; do :; done"]))!),
        ]);

    /// <summary>Kills every hog.</summary>
    public void Dispose()
    {
        foreach (var hog in _hogs)
        {
            try
            {
                hog.Kill();
                hog.WaitForExit();
            }
            catch (InvalidOperationException)
            {
                // already gone
            }
            hog.Dispose();
        }
    }
}
