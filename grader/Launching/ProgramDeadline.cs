namespace Grader.Launching;

/// <summary>
/// A deadline in a program's time (<see cref="ProgramClock"/>): its <see cref="Token"/> is cancelled when the time is
/// up or when the caller's token is. Dispose it once the awaited operation is over, which stops its timer.
/// </summary>
public sealed class ProgramDeadline : IDisposable
{
    private readonly CancellationTokenSource _source;
    private readonly CancellationTokenSource _stop = new();
    private readonly CancellationToken _caller;

    internal ProgramDeadline(ProgramClock clock, TimeSpan duration, CancellationToken cancellationToken)
    {
        _caller = cancellationToken;
        _source = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _ = ExpireAsync(clock, duration);
    }

    /// <summary>Cancelled when the deadline passes or the caller cancels.</summary>
    public CancellationToken Token => _source.Token;

    /// <summary>Whether the deadline passed (as opposed to the caller cancelling).</summary>
    public bool HasPassed => _source.IsCancellationRequested && !_caller.IsCancellationRequested;

    private async Task ExpireAsync(ProgramClock clock, TimeSpan duration)
    {
        try
        {
            await clock.DelayAsync(duration, _stop.Token).ConfigureAwait(false);
            await _source.CancelAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
        {
            // Disposed before the time was up: the operation ended first.
        }
    }

    /// <summary>Stops the deadline's timer.</summary>
    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
        _source.Dispose();
    }
}
