using System.Collections.Concurrent;

namespace Grader.Threading;

/// <summary>
/// One operating-system thread that runs the work given to it, in order, until disposed.
/// Linux ties some state to a thread rather than a process: its network namespace, and the parent-death
/// signal of the children it forks. Work that depends on such state runs here.
/// </summary>
internal sealed class DedicatedThread : IDisposable
{
    private readonly BlockingCollection<Action> _work = new();

    /// <summary>Starts the thread.</summary>
    public DedicatedThread(string name)
    {
        new Thread(() =>
        {
            foreach (var action in _work.GetConsumingEnumerable())
                action();
        })
        {
            IsBackground = true,
            Name = name,
        }.Start();
    }

    /// <summary>Runs <paramref name="work"/> on the thread and completes with its result or its exception.</summary>
    public Task<T> InvokeAsync<T>(Func<T> work)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        _work.Add(() =>
        {
            try
            {
                done.SetResult(work());
            }
#pragma warning disable CA1031 // every failure is handed to the caller
            catch (Exception e)
#pragma warning restore CA1031
            {
                done.SetException(e);
            }
        });
        return done.Task;
    }

    /// <summary>Lets the thread finish the work already given, then end.</summary>
    public void Dispose() => _work.CompleteAdding();
}
