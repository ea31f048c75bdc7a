using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using DotNet.Testcontainers.Containers;

namespace Grader.Sandboxes.Containers;

/// <summary>
/// Removes a grading container when its grading ends, however it ends: normally, by an error, by a failed start,
/// and when the grader is interrupted. Ctrl+C and SIGTERM cancel the grading (the command line turns them into
/// cancellation), which removes the container on the way out; should the process exit first, or on SIGHUP, the
/// containers still pending are removed before it ends. Only SIGKILL escapes; its leftovers are removed by the next
/// docker run (<see cref="LeftoverContainers.RemoveOrphansAsync"/>).
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

    private readonly IContainer _container;

    private ContainerRemoval(IContainer container) => _container = container;

    /// <summary>Whether the container was removed because the grader is ending, before its grading finished.</summary>
    public bool RemovedEarly { get; private set; }

    /// <summary>Starts watching <paramref name="container"/>; disposing the result removes it.</summary>
    public static ContainerRemoval Register(IContainer container)
    {
        _ = LastResort.Value;
        var removal = new ContainerRemoval(container);
        Pending[removal] = 0;
        return removal;
    }

    /// <summary>Kills and removes the container (if it was ever created) and stops watching it.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!Pending.TryRemove(this, out _)) return;
        using var timeout = new CancellationTokenSource(RemovalTimeLimit);
        await RemoveAsync(timeout.Token);
    }

    private async Task RemoveAsync(CancellationToken cancellationToken)
    {
        string id;
        try
        {
            id = _container.Id;
        }
        catch (InvalidOperationException)
        {
            return; // never created
        }
        if (string.IsNullOrEmpty(id)) return;
        using var client = await DockerEngine.CreateClientAsync(cancellationToken);
        await LeftoverContainers.RemoveAsync(client, id, cancellationToken);
    }

    // Runs as the process ends, or on SIGHUP's thread before the runtime's default handling ends it.
    private static void RemoveAllNow()
    {
        using var timeout = new CancellationTokenSource(RemovalTimeLimit);
        var removals = Pending.Keys.Where(r => Pending.TryRemove(r, out _)).Select(r =>
        {
            r.RemovedEarly = true;
            return r.RemoveAsync(timeout.Token);
        }).ToArray();
        try
        {
            Task.WaitAll(removals, timeout.Token);
        }
        catch (Exception e) when (e is AggregateException or OperationCanceledException)
        {
            // The engine did not answer in time: the next run removes the orphans.
        }
    }
}
