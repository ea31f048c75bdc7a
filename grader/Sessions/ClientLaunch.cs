using Grader.Launching;
using Grader.Sandboxes;

namespace Grader.Sessions;

/// <summary>
/// Starts a student's client in a sandbox network the caller has opened and set its probe servers up in: the one call
/// by which every lab's client grader launches a client (lab 1's client runner, a pinger's, a mail
/// client's).
/// </summary>
public static class ClientLaunch
{
    /// <summary>Starts <paramref name="command"/> confined to <paramref name="network"/> under <paramref
    /// name="limits"/>, with <paramref name="standardInput"/> on its input (null: an empty, closed one).</summary>
    public static async Task<RunningProgram> StartAsync(
        ISandboxNetwork network,
        ProgramCommand command,
        LaunchLimits limits,
        string? standardInput,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(network);
        return await ProgramLauncher.StartAsync(
            await network.ConfineAsync(command, limits, cancellationToken),
            standardInput,
            limits
        );
    }
}
