namespace Grader.Rubric;

/// <summary>Only deadlines end a wait: the kernel is never asked (<see cref="HangWatch.Deadline"/>).</summary>
internal sealed class DeadlineHangWatch : HangWatch
{
    /// <inheritdoc />
    public override Task<TSeen> WhenSeenAsync<TSeen>(
        Func<CancellationToken, Task<TSeen>> kernelSees,
        CancellationToken cancellationToken
    ) => new TaskCompletionSource<TSeen>().Task;
}
