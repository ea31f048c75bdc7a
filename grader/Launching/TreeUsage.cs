namespace Grader.Launching;

/// <summary>What a process tree uses at one moment.</summary>
/// <param name="Tasks">Processes and threads, counted as the kernel counts them against a process limit.</param>
/// <param name="LargestHeldBytes">The most memory any one process holds: its resident anonymous and shared memory and
/// what of it is swapped out (<see cref="ProcessTree.HeldBytes"/>), not what its runtime merely reserved.</param>
internal readonly record struct TreeUsage(int Tasks, long LargestHeldBytes);
