using Grader.Checks;
using Grader.Launching;
using Grader.Rubric;
using Grader.Sandboxes;

namespace Grader.Sessions;

/// <summary>
/// Waits until a server is ready, which is when the kernel's socket table shows its port listening (TCP) or
/// bound (UDP), not when it prints a line: Python buffers standard output on a pipe. Ends early, with a
/// diagnosis, when the program exits or serves on another port. Its deadlines count the program's own time.
/// </summary>
internal static class ServerReadiness
{
    private static readonly TimeSpan FirstPoll = TimeSpan.FromMilliseconds(1);
    private static readonly TimeSpan LongestPoll = TimeSpan.FromMilliseconds(10);

    // A server serving on another port and not on ours, for this long, is on the wrong port.
    private static readonly TimeSpan WrongPortSettle = TimeSpan.FromMilliseconds(300);

    /// <summary>Ready once the kernel shows <paramref name="port"/> served; otherwise why not, in words for a
    /// student.</summary>
    public static async Task<Readiness> WaitAsync(
        ISandboxNetwork network,
        RunningProgram program,
        Transport transport,
        int port,
        TimeSpan deadline,
        CancellationToken cancellationToken
    )
    {
        var what = transport == Transport.Tcp ? "listening on TCP" : "bound to UDP";
        var clock = program.Clock.StartNew();
        ProgramStopwatch? otherPortSince = null;
        var poll = FirstPoll;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var table = network.ReadSocketStates();
            if (table is null || table.IsServing(transport, port))
                return new Readiness.Ready();
            if (program.Exited.IsCompleted)
            {
                var exit = await program.Exited;
                var why =
                    PrivilegedPorts.ReadsAsRefused(exit.StandardError) && network.WhyPortIsPrivileged(port) is { } p
                        ? $": {p}"
                        : "";
                return new Readiness.NotReady(
                    $"the server {ProgramDiagnosis.HowItEnded(exit)} before it was {what} port {port}{why}"
                );
            }

            var others = network.SeesOnlyTheProgram ? table.ServingPorts(transport) : [];
            var wrongType = network.SeesOnlyTheProgram ? WrongSocketType.Explain(table, transport, port) : null;
            otherPortSince = others.Count == 0 && wrongType is null ? null : otherPortSince ?? program.Clock.StartNew();
            if (otherPortSince is { } since && since.HasReached(WrongPortSettle))
                return new Readiness.NotReady(
                    wrongType
                        ?? $"nothing is {what} port {port}; your server is {what} port {string.Join(", ", others)}"
                );
            if (clock.HasReached(deadline))
                return new Readiness.NotReady(
                    $"the server was not {what} port {port} within {deadline.TotalSeconds:0.#} s"
                );

            await Task.WhenAny(program.Exited, Task.Delay(poll, cancellationToken));
            poll = TimeSpan.FromTicks(Math.Min(poll.Ticks * 2, LongestPoll.Ticks));
        }
    }
}
