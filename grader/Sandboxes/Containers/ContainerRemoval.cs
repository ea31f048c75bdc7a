using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using DotNet.Testcontainers.Containers;

namespace Grader.Sandboxes.Containers;

/// <summary>
/// Removes a grading container when its grading ends, however it ends: normally, by an error, by a failed start,
/// and when the grader is interrupted. Ctrl+C and SIGTERM cancel the grading (the command line turns them into
/// cancellation), which removes the container on the way out; should the process exit first, or on SIGHUP, the
/// containers still pending are removed before it ends, and then the reaper, unless some container may be left that
/// this process cannot remove (an interrupted start), which the reaper then removes once the process is gone.
/// SIGKILL gives the process no chance: then its reaper removes them (<see cref="ContainerReaper"/>), and what a power
/// loss leaves, the next docker run (<see cref="LeftoverContainers.RemoveOrphansAsync"/>).
/// </summary>
internal sealed class ContainerRemoval : IAsyncDisposable
{
    private static readonly TimeSpan RemovalTimeLimit = TimeSpan.FromSeconds(10);
    private static readonly ConcurrentDictionary<ContainerRemoval, byte> Pending = new();
    private static readonly Lazy<PosixSignalRegistration> LastResort = new(() =>
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => RemoveAllNow();
        return PosixSignalRegistration.Create(PosixSignal.SIGHUP, _ => RemoveAllNow());
    });

    // Whether a container may exist that this process cannot remove: a removal failed, or a start was interrupted
    // before the engine said the container's id (the engine may still make it). Then, and while removals are under
    // way, the reaper stays as the process ends, and removes what is left once the process is gone.
    private static volatile bool _unaccounted;
    private static int _underWay;

    private readonly IContainer _container;
    private readonly Task _starting;
    private readonly bool _isReaper;

    private ContainerRemoval(IContainer container, Task starting, bool isReaper)
    {
        _container = container;
        _starting = starting;
        _isReaper = isReaper;
    }

    /// <summary>Whether the container was removed because the grader is ending, before its grading finished.</summary>
    public bool RemovedEarly { get; private set; }

    /// <summary>Starts watching <paramref name="container"/>; disposing the result removes it.</summary>
    public static ContainerRemoval Register(IContainer container) =>
        Add(new ContainerRemoval(container, Task.CompletedTask, isReaper: false));

    /// <summary>
    /// Starts watching the reaper's <paramref name="container"/>, which <paramref name="starting"/> starts in the
    /// background: as the process ends, it is removed after every other container, and only once they are gone; and
    /// not before its start has ended, since until then it may exist without the grader knowing its id.
    /// </summary>
    public static ContainerRemoval RegisterReaper(IContainer container, Task starting) =>
        Add(new ContainerRemoval(container, starting, isReaper: true));

    private static ContainerRemoval Add(ContainerRemoval removal)
    {
        _ = LastResort.Value;
        Pending[removal] = 0;
        return removal;
    }

    /// <summary>Kills and removes the container (if it was ever created) and stops watching it.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!Pending.TryRemove(this, out _))
            return;
        Interlocked.Increment(ref _underWay);
        try
        {
            using var timeout = new CancellationTokenSource(RemovalTimeLimit);
            await RemoveAsync(timeout.Token);
        }
        catch
        {
            _unaccounted = true;
            throw;
        }
        finally
        {
            Interlocked.Decrement(ref _underWay);
        }
    }

    private async Task RemoveAsync(CancellationToken cancellationToken)
    {
        await _starting.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        cancellationToken.ThrowIfCancellationRequested();
        string id;
        try
        {
            id = _container.Id;
        }
        catch (InvalidOperationException)
        {
            id = "";
        }
        if (string.IsNullOrEmpty(id))
        {
            // Its creation failed, or was interrupted while the engine was making it: only the reaper can tell.
            if (!_isReaper)
                _unaccounted = true;
            return;
        }
        using var client = await DockerEngine.CreateClientAsync(cancellationToken);
        await LeftoverContainers.RemoveAsync(client, id, cancellationToken);
    }

    // Runs as the process ends, or on SIGHUP's thread before the runtime's default handling ends it.
    private static void RemoveAllNow()
    {
        using var timeout = new CancellationTokenSource(RemovalTimeLimit);
        var pending = Pending.Keys.Where(r => Pending.TryRemove(r, out _)).ToList();
        bool othersGone;
        try
        {
            RemoveAll(pending.Where(r => !r._isReaper), timeout.Token);
            othersGone = !_unaccounted && Volatile.Read(ref _underWay) == 0;
        }
        catch (Exception e) when (e is AggregateException or OperationCanceledException)
        {
            othersGone = false; // the engine did not answer in time
        }
        try
        {
            // The reaper last, and only once every other container is known to be gone. Else it stays to remove them
            // once this process is gone (an interrupted start may yet make one), so its own start must have reached
            // the engine: a reaper created but never started removes nothing.
            var reapers = pending.Where(r => r._isReaper).ToList();
            if (othersGone)
                RemoveAll(reapers, timeout.Token);
            else
                Task.WaitAll(reapers.Select(r => r._starting), timeout.Token);
        }
        catch (Exception e) when (e is AggregateException or OperationCanceledException)
        {
            // The engine did not answer in time: the reaper, if it runs, or else the next run, removes the orphans.
        }
    }

    private static void RemoveAll(IEnumerable<ContainerRemoval> removals, CancellationToken cancellationToken)
    {
        var removing = removals
            .Select(r =>
            {
                r.RemovedEarly = true;
                return r.RemoveAsync(cancellationToken);
            })
            .ToArray();
        Task.WaitAll(removing, cancellationToken);
    }
}
