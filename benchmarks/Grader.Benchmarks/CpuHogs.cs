using System.Diagnostics;

namespace Grader.Benchmarks;

/// <summary>Processes that only burn CPU (a shell loop each), started together and killed when disposed.</summary>
internal sealed class CpuHogs : IDisposable
{
    private readonly List<Process> _hogs;

    private CpuHogs(List<Process> hogs) => _hogs = hogs;

    /// <summary>Starts <paramref name="perCore"/> hogs per core of this machine.</summary>
    public static CpuHogs StartPerCore(int perCore) =>
        new([
            .. Enumerable
                .Range(0, perCore * Environment.ProcessorCount)
                .Select(_ => Process.Start(new ProcessStartInfo("sh", ["-c", "while :; do :; done"]))!),
        ]);

    /// <summary>Kills every hog and waits until it is gone.</summary>
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
