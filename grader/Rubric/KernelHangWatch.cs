namespace Grader.Rubric;

/// <summary>A hang is decided when the kernel shows it, the deadline deciding where the kernel cannot tell (<see
/// cref="HangWatch.Kernel"/>).</summary>
internal sealed class KernelHangWatch : HangWatch
{
    /// <inheritdoc />
    public override Task<TSeen> WhenSeenAsync<TSeen>(
        Func<CancellationToken, Task<TSeen>> kernelSees,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(kernelSees);
        return kernelSees(cancellationToken);
    }
}
