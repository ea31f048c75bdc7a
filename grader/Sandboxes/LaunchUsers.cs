using System.Globalization;

namespace Grader.Sandboxes;

/// <summary>
/// A user id of its own for every launch: no account has it, so the program owns nothing but its scratch copy, cannot
/// signal or inspect the grader or another launch, and the kernel's process limit, which counts per user, counts
/// exactly that launch's processes. Each grader process draws from a range of its own: 8192 ids told apart by its
/// process id, or, for the grader inside a docker sandbox's container, the block the grader outside handed it
/// (<see cref="RangeVariable"/>), since every container's grader has the same small process id.
/// </summary>
internal static class LaunchUsers
{
    /// <summary>The environment variable that hands a container's grader its range, as <c>first:count</c>.</summary>
    public const string RangeVariable = "LAB_GRADER_LAUNCH_USERS";

    // Far above any real account; 8192 ids per grader process. The lower half serves this process's own launches, the
    // upper half is handed out in blocks to the graders in its containers.
    private const int First = 0x1000_0000;
    private const int PerProcess = 8192;
    private const int BlockSize = 256;

    private static readonly (int First, int Count) Range =
        Assigned() ?? (First + (Environment.ProcessId % (1 << 17) * PerProcess), PerProcess);
    private static int _next = -1;
    private static int _nextBlock = -1;

    /// <summary>The value of <see cref="RangeVariable"/> for a grader alone in its container, as root, that is not a
    /// docker sandbox's (Gradescope's autograder): every id of a grader process's range, so each launch of the direct
    /// sandbox runs as a user of its own there too.</summary>
    public static string AloneRange { get; } = string.Create(CultureInfo.InvariantCulture, $"{First}:{PerProcess}");

    /// <summary>Whether this process runs with a range handed to it, that is, as the grader inside a
    /// container.</summary>
    public static bool IsAssigned { get; } = Assigned() is not null;

    /// <summary>The next user id; one is reused only after the range's other ids, long after that launch has
    /// ended.</summary>
    public static int Next()
    {
        var own = IsAssigned ? Range.Count : Range.Count / 2;
        return Range.First + (int)((uint)Interlocked.Increment(ref _next) % (uint)own);
    }

    /// <summary>
    /// A block of 256 ids for the grader in one container, as the value of <see cref="RangeVariable"/>. Blocks are
    /// reused after 16 more, so up to 16 containers at once never share an id.
    /// </summary>
    public static string ReserveBlock()
    {
        var blocks = Range.Count / 2 / BlockSize;
        var block = (int)((uint)Interlocked.Increment(ref _nextBlock) % (uint)blocks);
        var first = Range.First + (Range.Count / 2) + (block * BlockSize);
        return string.Create(CultureInfo.InvariantCulture, $"{first}:{BlockSize}");
    }

    private static (int First, int Count)? Assigned()
    {
        var parts = Environment.GetEnvironmentVariable(RangeVariable)?.Split(':');
        return
            parts is [var first, var count]
            && int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            && start >= First
            && int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var size)
            && size > 0
            ? (start, size)
            : null;
    }
}
