using Grader.Checks;
using Grader.Launching;
using Grader.Probes;
using Grader.Results;
using Grader.Rubric;
using Grader.Sandboxes;

namespace Grader.Sessions;

/// <summary>
/// One launch of a student's server: its sandbox network, its process and, once it serves, the probes' view of it
/// that server checks talk to. The one place servers are launched; the checks only judge.
/// </summary>
/// <param name="Network">The launch's sandbox network.</param>
/// <param name="Program">The server's process.</param>
/// <param name="UnderTest">What server checks talk to; null when the server never served.</param>
/// <param name="Readiness">Whether the server came to serve its port, or why not.</param>
public sealed record ServerSession(
    ISandboxNetwork Network,
    RunningProgram Program,
    ServerUnderTest? UnderTest,
    Readiness Readiness
) : IAsyncDisposable
{
    /// <summary>
    /// Starts the program <paramref name="command"/> runs as <paramref name="role"/>'s server in a sandbox network of
    /// its own and waits until it serves the assignment's port, noting both in <paramref name="transcript"/>; a server
    /// that never serves comes back <see cref="Sessions.Readiness.NotReady"/>, with why.
    /// </summary>
    public static async Task<ServerSession> StartAsync(
        Assignment assignment,
        ISandbox sandbox,
        Role role,
        ProgramCommand command,
        Transcript transcript,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(transcript);
        var network = await sandbox.OpenNetworkAsync(role.Transport, cancellationToken);
        RunningProgram program;
        try
        {
            await transcript.CaptureAsync(network);
            var limits = assignment.Limits.ForLaunch(assignment.Limits.WallTime);
            // On a port shared with earlier launches (the direct sandbox), a connection the last server closed first
            // may still wait in TIME_WAIT there, and a server bound as the lecture's is (without SO_REUSEADDR) could not
            // bind for a minute: the waits are ended first.
            if (role.Transport == Transport.Tcp && !network.SeesOnlyTheProgram)
                await TimeWaitRelease.ReleaseAsync(network, assignment.Port, cancellationToken);
            program = await ProgramLauncher.StartAsync(
                await network.ConfineAsync(command, limits, cancellationToken),
                null,
                limits
            );
        }
        catch
        {
            network.Dispose();
            throw;
        }
        transcript.Note($"started {command}");
        var readiness = await ServerReadiness.WaitAsync(
            network,
            program,
            role.Transport,
            assignment.Port,
            assignment.Timeouts.ServerStart,
            cancellationToken
        );
        transcript.Note(
            readiness is Readiness.NotReady notReady
                ? notReady.WhyNot
                : $"port {assignment.Port} is {(role.Transport == Transport.Tcp ? "listening" : "bound")}"
        );
        return new ServerSession(
            network,
            program,
            readiness is Readiness.Ready ? new ServerUnderTest(network, program, role.Transport, assignment) : null,
            readiness
        );
    }

    /// <summary>What the server printed so far, and its exit code once it has ended.</summary>
    public ProgramOutput Output() =>
        new(
            Program.StandardOutput,
            Program.StandardError,
            Program.Exited.IsCompletedSuccessfully ? Program.Exited.Result.ExitCode : null,
            Program.OutputTruncated
        );

    /// <summary>Stops the server and closes its network.</summary>
    public async ValueTask DisposeAsync()
    {
        await Program.DisposeAsync();
        Network.Dispose();
    }
}
