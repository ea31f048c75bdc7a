using Grader.Launching;

namespace Grader.Platforms;

/// <summary>An import's progress as plain lines, for logs and output that is not a terminal: each step, and, for a
/// class of <see cref="Counted"/> students or more, every tenth of them written.</summary>
public sealed class LogImportProgress(TextWriter log) : IImportProgress
{
    /// <summary>The size of class whose writing is counted in tenths.</summary>
    public const int Counted = 50;

    private int _students;
    private int _written;

    /// <inheritdoc />
    public Task RunAsync(Func<Task> import)
    {
        ArgumentNullException.ThrowIfNull(import);
        return import();
    }

    /// <inheritdoc />
    public void Unpacking(string archive, long bytes) =>
        log.WriteLine($"unpacking {archive} ({LaunchLimits.Size(bytes)})");

    /// <inheritdoc />
    public void Writing(int students)
    {
        _students = students;
        _written = 0;
        log.WriteLine($"writing the folders of {students} student{(students == 1 ? "" : "s")}");
    }

    /// <inheritdoc />
    public void Wrote()
    {
        var written = Interlocked.Increment(ref _written);
        var step = Math.Max(1, _students / 10);
        if (_students >= Counted && written % step == 0 && written < _students)
            log.WriteLine($"[{written}/{_students}] students written");
    }
}
