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

    /// <summary>Starts the probe server, then the client with <paramref name="line"/> on its input, and records what happens.</summary>
    public static async Task<ClientRun> RunAsync(ProgramCommand command, Transport transport, string line, Assignment assignment,
        ISandbox sandbox, CancellationToken cancellationToken)
    {
        var token = NewToken();
        var transcript = new Transcript();
        using var network = await sandbox.OpenNetworkAsync(cancellationToken);
        var limits = new LaunchLimits(assignment.Timeouts.ClientRun, assignment.Limits.OutputBytes);
        return transport == Transport.Tcp
            ? await RunTcpAsync(network, command, line, token, transcript, assignment, limits, cancellationToken)
            : await RunUdpAsync(network, command, line, token, transcript, assignment, limits, cancellationToken);
    }

    private static async Task<ClientRun> RunTcpAsync(ISandboxNetwork network, ProgramCommand command, string line, string token,
        Transcript transcript, Assignment assignment, LaunchLimits limits, CancellationToken cancellationToken)
    {
        using var server = await TcpProbeServer.StartAsync(network, assignment.Port, transcript);
        await using var program = await ProgramLauncher.StartAsync(network.Confine(command), line + "\n", limits);
        byte[]? request = null;
        var closed = false;
        using (var connection = await server.AcceptAsync(program.Exited, cancellationToken))
        {
            if (connection is not null)
            {
                // The client sends once and waits; whatever arrives first is its request. If it exits instead, the read ends.
                try
                {
                    request = await connection.ReadOnceAsync(limits.WallTime, cancellationToken);
                }
                catch (ProbeException)
                {
                    // Killed at its time limit without sending: the transcript says so.
                }
                if (request is { Length: > 0 })
                {
                    await connection.SendAsync(Encoding.UTF8.GetBytes(token), cancellationToken);
                    var rest = await connection.ReadUntilClosedAsync(limits.WallTime, limits.WallTime, cancellationToken);
                    closed = rest.End == TcpEnd.Closed;
                }
                else
                {
                    request = null;
                }
            }
            var exit = await program.Exited;
            return new ClientRun(Transport.Tcp, line, token, connection is not null, request, request is null ? 0 : 1, closed, exit, transcript.Entries);
        }
    }

    private static async Task<ClientRun> RunUdpAsync(ISandboxNetwork network, ProgramCommand command, string line, string token,
        Transcript transcript, Assignment assignment, LaunchLimits limits, CancellationToken cancellationToken)
    {
        using var server = await UdpProbeServer.StartAsync(network, assignment.Port, transcript);
        await using var program = await ProgramLauncher.StartAsync(network.Confine(command), line + "\n", limits);
        var request = await server.ReceiveAsync(program.Exited, cancellationToken);
        var requests = 0;
        if (request is not null)
        {
            requests = 1;
            await server.ReplyAsync(request, Encoding.UTF8.GetBytes(token), cancellationToken);
            while (await server.ReceiveAsync(program.Exited, cancellationToken) is not null) requests++;
        }
        var exit = await program.Exited;
        return new ClientRun(Transport.Udp, line, token, request is not null, request?.Bytes, requests, false, exit, transcript.Entries);
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
