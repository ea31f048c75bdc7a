using System.CommandLine;
using Grader.Errors;
using Grader.Sandboxes.Containers;

namespace Grader.Commands;

/// <summary>
/// <c>grader reap --owner &lt;owner&gt;</c>, hidden: what the reaper's container runs (<see cref="ContainerReaper"/>).
/// It waits for the grader process <c>--owner</c> names to end, then removes that process's containers and exits.
/// </summary>
internal static class ReapCommand
{
    // A create request the owner sent just before it died may still be under way in the engine, slower on a busy
    // machine: look again after these pauses (7 s in all) for containers it made late.
    private static readonly TimeSpan[] LateLooks =
    [
        TimeSpan.FromSeconds(1),
        TimeSpan.FromSeconds(2),
        TimeSpan.FromSeconds(4),
    ];

    public static Command Create()
    {
        var owner = new Option<string>("--owner")
        {
            Description = "The grader process to outlive, as its containers' lab-grader.owner label names it.",
            Required = true,
        };
        var pidNamespace = new Option<string>("--pid-namespace")
        {
            Description =
                "The owner's PID namespace (the target of its /proc/self/ns/pid): its process id means something only there.",
            Required = true,
        };
        var command = new Command(
            "reap",
            "Wait for a grader process to end, then remove its containers (the docker sandbox starts this in a container)."
        )
        {
            owner,
            pidNamespace,
        };
        command.Hidden = true;
        command.SetAction(
            async (parse, cancellationToken) =>
            {
                var ownerLabel = parse.GetValue(owner)!;
                if (!OwnerWatch.SharesPidNamespace(parse.GetValue(pidNamespace)!))
                {
                    // The grader runs in a PID namespace of its own (itself in a container, say): its id names another
                    // process here.
                    await Console.Error.WriteLineAsync(
                        $"reaper: {ownerLabel} is in another PID namespace than {OwnerWatch.ThisPidNamespace() ?? "this one"}: cannot watch it"
                    );
                    return ExitCodes.CouldNotGrade;
                }
                // The engine is not touched before the owner ends: the reaper starts beside a grading, and should take
                // little CPU from it.
                await OwnerWatch.WaitForEndAsync(ownerLabel, Console.Error, cancellationToken);

                var removed = await LeftoverContainers.RemoveOwnedByAsync(ownerLabel, cancellationToken);
                await Console.Error.WriteLineAsync($"reaper: {ownerLabel} ended; removed {removed} of its containers");
                foreach (var pause in LateLooks)
                {
                    await Task.Delay(pause, cancellationToken);
                    if (await LeftoverContainers.RemoveOwnedByAsync(ownerLabel, cancellationToken) is > 0 and var late)
                        await Console.Error.WriteLineAsync(
                            $"reaper: removed {late} more, created as {ownerLabel} ended"
                        );
                }
                return ExitCodes.Passed;
            }
        );
        return command;
    }
}
