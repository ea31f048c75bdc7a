namespace Reference.Tcp;

/// <summary>The exchanges a concurrent server has running, each on the thread pool, so it can wait for them when it
/// stops.</summary>
public sealed class OpenExchanges
{
    private readonly HashSet<Task> _open = [];

    /// <summary>Starts <paramref name="serve"/> on the thread pool and tracks it until it ends.</summary>
    public void Start(Func<Task> serve)
    {
        var exchange = Task.Run(serve, CancellationToken.None);
        lock (_open)
        {
            _open.Add(exchange);
        }

        // Registered after Add, so the removal can never run before it.
        _ = exchange.ContinueWith(
            finished =>
            {
                lock (_open)
                {
                    _open.Remove(finished);
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default
        );
    }

    /// <summary>Waits for every exchange still running.</summary>
    public Task WhenAllAsync()
    {
        Task[] remaining;
        lock (_open)
        {
            remaining = [.. _open];
        }

        return Task.WhenAll(remaining);
    }
}
