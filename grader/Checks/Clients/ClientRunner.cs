using System.Security.Cryptography;
using System.Text;
using Grader.Launching;
using Grader.Probes;
using Grader.Rubric;
using Grader.Sandboxes;

namespace Grader.Checks.Clients;

/// <summary>Runs a student's client once against the probe server, in a sandbox network of its own.</summary>
public static class ClientRunner
{
    /// <summary>The line typed into clients unless the assignment names another.</summary>
    public const string DefaultLine = "sockets are fun";

    /// <summary>Starts the probe server as <paramref name="scenario"/> says, then the client with <paramref name="line"/> on its input, and records what happens.</summary>
    public static async Task<ClientRun> RunAsync(ProgramCommand command, Transport transport, string line, ClientScenario scenario,
        Assignment assignment, ISandbox sandbox, CancellationToken cancellationToken)
    {
        var run = new Run(command, line, NewToken(), scenario, assignment, new Transcript(),
            assignment.Limits.ForLaunch(scenario.Deadline));
        using var network = await sandbox.OpenNetworkAsync(transport, cancellationToken);
        return scenario.Behaviour == ProbeBehaviour.Absent ? await RunAloneAsync(network, run, transport, cancellationToken)
            : transport == Transport.Tcp ? await RunTcpAsync(network, run, cancellationToken)
            : await RunUdpAsync(network, run, cancellationToken);
    }

    private sealed record Run(ProgramCommand Command, string Line, string Token, ClientScenario Scenario, Assignment Assignment, Transcript Transcript, LaunchLimits Limits)
    {
        public ClientRun Result(Transport transport, bool contacted, byte[]? request, int requests, bool closed, ProgramExit exit) =>
            new(Scenario, transport, Line, Token, contacted, request, requests, closed, exit, Transcript.Entries);

        public async Task ReplyLaterAsync(CancellationToken cancellationToken)
        {
            if (Scenario.Behaviour != ProbeBehaviour.SlowReply) return;
            Transcript.Note($"the probe server waits {Scenario.Delay.TotalSeconds:0.#} s before it replies");
            await Task.Delay(Scenario.Delay, cancellationToken);
        }
    }

    private static async Task<ClientRun> RunAloneAsync(ISandboxNetwork network, Run run, Transport transport, CancellationToken cancellationToken)
    {
        run.Transcript.Note("no server is running on port 12000");
        await using var program = await ProgramLauncher.StartAsync(await network.ConfineAsync(run.Command, run.Limits, cancellationToken), run.Line + "\n", run.Limits);
        return run.Result(transport, false, null, 0, false, await program.Exited);
    }

    private static async Task<ClientRun> RunTcpAsync(ISandboxNetwork network, Run run, CancellationToken cancellationToken)
    {
        using var server = await TcpProbeServer.StartAsync(network, run.Assignment.Port, run.Transcript);
        await using var program = await ProgramLauncher.StartAsync(await network.ConfineAsync(run.Command, run.Limits, cancellationToken), run.Line + "\n", run.Limits);
        byte[]? request = null;
        var closed = false;
        using var connection = await server.AcceptAsync(program.Exited, program.Clock, cancellationToken);
        if (connection is not null)
        {
            // The client sends once and waits; whatever arrives first is its request. If it exits instead, the read ends.
            try
            {
                request = await connection.ReadOnceAsync(run.Limits.WallTime, cancellationToken);
            }
            catch (ProbeException)
            {
                // Stopped at its time limit without sending: the transcript says so.
            }
            if (request is { Length: > 0 })
            {
                await run.ReplyLaterAsync(cancellationToken);
                try
                {
                    await connection.SendAsync(Encoding.UTF8.GetBytes(run.Token), cancellationToken);
                    closed = (await connection.ReadUntilClosedAsync(run.Limits.WallTime, run.Limits.WallTime, cancellationToken)).End == TcpEnd.Closed;
                }
                catch (ProbeException)
                {
                    // The client gave up and reset the connection before the reply: the transcript says so.
                }
            }
            else
            {
                request = null;
            }
        }
        return run.Result(Transport.Tcp, connection is not null, request, request is null ? 0 : 1, closed, await program.Exited);
    }

    private static async Task<ClientRun> RunUdpAsync(ISandboxNetwork network, Run run, CancellationToken cancellationToken)
    {
        using var server = await UdpProbeServer.StartAsync(network, run.Assignment.Port, run.Transcript);
        await using var program = await ProgramLauncher.StartAsync(await network.ConfineAsync(run.Command, run.Limits, cancellationToken), run.Line + "\n", run.Limits);
        var first = await server.ReceiveAsync(program.Exited, cancellationToken);
        var requests = first is null ? 0 : 1;
        var answer = first;
        if (first is not null && run.Scenario.Behaviour == ProbeBehaviour.LoseFirstReply)
        {
            run.Transcript.Note("the probe server drops this datagram without replying, as if the reply were lost");
            answer = await server.ReceiveAsync(program.Exited, cancellationToken);
            if (answer is not null) requests++;
        }
        if (answer is not null)
        {
            await run.ReplyLaterAsync(cancellationToken);
            await server.ReplyAsync(answer, Encoding.UTF8.GetBytes(run.Token), cancellationToken);
            while (await server.ReceiveAsync(program.Exited, cancellationToken) is not null) requests++;
        }
        return run.Result(Transport.Udp, first is not null, first?.Bytes, requests, false, await program.Exited);
    }

    private static string NewToken()
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return string.Create(12, alphabet, (span, letters) =>
        {
            for (var i = 0; i < span.Length; i++) span[i] = letters[RandomNumberGenerator.GetInt32(letters.Length)];
        });
    }
}
