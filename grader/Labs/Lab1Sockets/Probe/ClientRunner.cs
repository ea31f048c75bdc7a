using System.Net;
using System.Security.Cryptography;
using System.Text;
using Grader.Checks.Clients;
using Grader.Launching;
using Grader.Probes;
using Grader.Rubric;
using Grader.Sandboxes;
using Grader.Sessions;

namespace Grader.Labs.Lab1Sockets.Probe;

/// <summary>Runs a student's client once against the probe server, in a sandbox network of its own: the one place
/// clients are launched; client checks judge the <see cref="ClientRun"/> it returns.</summary>
public static class ClientRunner
{
    /// <summary>
    /// Starts the probe server as <paramref name="scenario"/> says, then the client with <paramref name="line"/> on its
    /// input, and records what happens. Where the sandbox can, every address of the client's network leads to the
    /// probes: the probe server hears it at any host it names, a name server probe hears the names it looks up, and a
    /// probe of the other transport on the same port hears a "TCP" client that sends datagrams or a "UDP" client that
    /// connects.
    /// </summary>
    public static async Task<ClientRun> RunAsync(
        ProgramCommand command,
        Transport transport,
        string line,
        ClientScenario scenario,
        Assignment assignment,
        ISandbox sandbox,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(sandbox);
        using var network = await sandbox.OpenNetworkAsync(transport, cancellationToken);
        var everyAddress = await network.CatchEveryAddressAsync(cancellationToken);
        var run = new Run(
            command,
            line,
            NewToken(),
            scenario,
            assignment,
            new Transcript(),
            assignment.Limits.ForLaunch(scenario.Deadline),
            everyAddress
        );
        // The names it looks up, and every datagram or connection that reaches no probe: a client of another host or
        // port is told where it went.
        await using var watchers = await ClientWatchers.StartAsync(
            network,
            everyAddress,
            [(Transport.Tcp, assignment.Port), (Transport.Udp, assignment.Port)],
            run.Transcript,
            scenario.AcceptsOtherHosts
        );
        var result =
            scenario.Behaviour == ProbeBehaviour.Absent
                ? await RunAloneAsync(network, run, transport, cancellationToken)
            : transport == Transport.Tcp ? await RunTcpAsync(network, run, cancellationToken)
            : await RunUdpAsync(network, run, cancellationToken);
        return result with
        {
            NamesLookedUp = watchers.NamesLookedUp,
            Strays = await watchers.StopAsync(),
            EveryPortHeard = watchers.EveryPortHeard,
        };
    }

    private sealed record Run(
        ProgramCommand Command,
        string Line,
        string Token,
        ClientScenario Scenario,
        Assignment Assignment,
        Transcript Transcript,
        LaunchLimits Limits,
        bool EveryAddress
    )
    {
        public ClientRun Result(
            Transport transport,
            bool contacted,
            byte[]? request,
            int requests,
            bool closed,
            ProgramExit exit
        ) =>
            new(Scenario, transport, Line, Token, contacted, request, requests, closed, exit, Transcript.Entries)
            {
                Port = Assignment.Port,
                Hang = Hang,
            };

        /// <summary>What the kernel showed the client waiting in forever when the grader stopped it, or null.</summary>
        public string? Hang { get; private set; }

        /// <summary>
        /// Stops <paramref name="program"/> once the kernel shows it waiting forever with <paramref
        /// name="nothingInFlight"/> true (the probe owes it nothing), until <paramref name="phase"/> is cancelled; its
        /// deadline would only have come later. Does nothing when the assignment waits deadlines out.
        /// </summary>
        public void StopWhenStuck(RunningProgram program, Func<bool> nothingInFlight, CancellationToken phase)
        {
            _ = StopAsync();

            async Task StopAsync()
            {
                var stuck = await program.StuckAsync(Assignment.Hangs, nothingInFlight, phase);
                Hang = stuck.Description;
                Transcript.Note(
                    $"the kernel shows the client {stuck.Description}, with nothing on its way to it: the grader stops it now rather than at its deadline"
                );
                await program.KillAsync($"stopped by the grader: it {stuck.Description}, and nothing will arrive");
            }
        }

        /// <summary>
        /// In the slow server's run, waits the scenario's delay before the probe replies; but a client the kernel shows
        /// waiting forever for the reply (no timeout, no timer, no work) cannot tell a late reply from one sent now, so
        /// it gets it now.
        /// </summary>
        public async Task ReplyLaterAsync(RunningProgram program, CancellationToken cancellationToken)
        {
            if (Scenario.Behaviour != ProbeBehaviour.SlowReply)
                return;
            Transcript.Note($"the probe server waits {Scenario.Delay.TotalSeconds:0.#} s before it replies");
            using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            // Only the probe can wake the client: nothing else is on its way to it.
            var stuck = program.StuckAsync(Assignment.Hangs, () => true, waiting.Token);
            var delay = Task.Delay(Scenario.Delay, waiting.Token);
            if (await Task.WhenAny(delay, stuck) == stuck)
                Transcript.Note(
                    $"the kernel shows the client {stuck.Result.Description}: it cannot tell a late reply from one sent now, so the probe replies now"
                );
            await waiting.CancelAsync();
            cancellationToken.ThrowIfCancellationRequested();
        }

        /// <summary>
        /// After the reply: the lecture's server closes the connection once it has replied, so a client may read until
        /// that close. The lecture's client closes first; one that has not closed within <see cref="QuietAfterReply"/>
        /// of its time, or that the kernel shows waiting forever for more, has the probe end its sending side, as that
        /// server would. The probe still hears whether the client then closes its own.
        /// </summary>
        public async Task CloseAsTheLectureServerWouldAsync(
            ISandboxNetwork network,
            TcpConnection connection,
            RunningProgram program,
            CancellationToken cancellationToken
        )
        {
            var (closing, stuck) = await connection.DataWithinAsync(
                QuietAfterReply,
                token =>
                    program.StuckAsync(
                        Assignment.Hangs,
                        () => ClientSockets.ProbeSentAll(network.ReadSocketTable(), Assignment.Port),
                        token
                    ),
                cancellationToken
            );
            if (closing)
                return; // it closed (or sent more), as the lecture's client does
            Transcript.Note(
                stuck is not null
                    ? $"the kernel shows the client {stuck.Description} after the reply: the probe closes its sending side, as the lecture's server closes the connection"
                    : $"the client has not closed {QuietAfterReply.TotalSeconds:0.#} s after the reply: the probe closes its sending side, as the lecture's server closes the connection"
            );
            connection.ShutdownSend();
        }

        public Task<RunningProgram> StartAsync(ISandboxNetwork network, CancellationToken cancellationToken) =>
            ClientLaunch.StartAsync(network, Command, Limits, Line + "\n", cancellationToken);

        // Where the network cannot be rerouted, the kernel may still show the client connecting to another host: then
        // it is stopped.
        public Task<IPEndPoint?> ConnectingElsewhereAsync(
            RunningProgram program,
            CancellationToken cancellationToken
        ) =>
            EveryAddress
                ? Never<IPEndPoint?>()
                : ClientSockets.ConnectingElsewhereAsync(program, Assignment.Port, cancellationToken);
    }

    private static Task<T> Never<T>() => new TaskCompletionSource<T>().Task;

    // How long after the reply the probe waits for the client to close before it closes its own sending side.
    private static readonly TimeSpan QuietAfterReply = TimeSpan.FromMilliseconds(500);

    private static async Task<ClientRun> RunAloneAsync(
        ISandboxNetwork network,
        Run run,
        Transport transport,
        CancellationToken cancellationToken
    )
    {
        run.Transcript.Note($"no server is running on port {run.Assignment.Port}");
        await using var program = await run.StartAsync(network, cancellationToken);
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // No probe runs: nothing can reach the client.
        run.StopWhenStuck(program, () => true, waiting.Token);
        var exit = await program.Exited;
        await waiting.CancelAsync();
        return run.Result(transport, false, null, 0, false, exit);
    }

    private static async Task<ClientRun> RunTcpAsync(
        ISandboxNetwork network,
        Run run,
        CancellationToken cancellationToken
    )
    {
        var port = run.Assignment.Port;
        using var server = await TcpProbeServer.StartAsync(
            network,
            port,
            run.Transcript,
            run.EveryAddress,
            cancellationToken: cancellationToken
        );
        // Only where the network is the client's alone may the probe take the other transport's port too.
        using var datagrams = network.SeesOnlyTheProgram
            ? await UdpProbeServer.StartAsync(
                network,
                port,
                run.Transcript,
                run.EveryAddress,
                "UDP datagram",
                cancellationToken
            )
            : null;
        await using var program = await run.StartAsync(network, cancellationToken);
        var stray = datagrams?.ReceiveAsync(program.Exited, cancellationToken) ?? Never<Datagram?>();
        using var watching = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var elsewhere = run.ConnectingElsewhereAsync(program, watching.Token);
        // Until the client's request has arrived, the probe owes it nothing: a client the kernel shows waiting forever
        // before it sends (accepting connections, or reading a greeting no lab server sends) is stopped then. The
        // request is only peeked at while this holds, so it stays in the kernel's queue where the watch sees it.
        using var unanswered = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        run.StopWhenStuck(
            program,
            () => ClientSockets.ClientSentNothing(network.ReadSocketTable(), port),
            unanswered.Token
        );
        using var connection = await server.AcceptAsync(
            Task.WhenAny(program.Exited, stray, elsewhere),
            program.Clock,
            cancellationToken
        );
        await watching.CancelAsync();
        if (connection is null)
        {
            await unanswered.CancelAsync();
            if (stray is { IsCompletedSuccessfully: true, Result: { } datagram })
                return await AnswerOverUdpAsync(run, datagrams!, datagram, program, cancellationToken);
            return await StoppedElsewhereAsync(run, Transport.Tcp, program, elsewhere);
        }

        byte[]? request = null;
        var closed = false;
        // The client sends once and waits; whatever arrives first is its request. If it exits instead, the read ends.
        try
        {
            await connection.DataWithinAsync(run.Limits.WallTime, cancellationToken);
            // The watch ends before the request is read: once read, it would no longer show as on its way, and the
            // client, waiting for the reply, would look stuck.
            await unanswered.CancelAsync();
            request = await connection.ReadOnceAsync(run.Limits.WallTime, cancellationToken);
        }
        catch (ProbeException)
        {
            // Stopped at its time limit without sending: the transcript says so.
        }
        await unanswered.CancelAsync();
        if (request is { Length: > 0 })
        {
            await run.ReplyLaterAsync(program, cancellationToken);
            try
            {
                await connection.SendAsync(Encoding.UTF8.GetBytes(run.Token), cancellationToken);
                await run.CloseAsTheLectureServerWouldAsync(network, connection, program, cancellationToken);
                // Once the reply and the close have reached it, nothing more will: a client the kernel shows waiting
                // forever then is stopped.
                using var answered = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                run.StopWhenStuck(
                    program,
                    () => ClientSockets.ProbeSentAll(network.ReadSocketTable(), port),
                    answered.Token
                );
                closed =
                    (
                        await connection.ReadUntilClosedAsync(
                            run.Limits.WallTime,
                            run.Limits.WallTime,
                            cancellationToken
                        )
                    ).End == TcpEnd.Closed;
                await answered.CancelAsync();
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
        var exit = await program.Exited;
        var destination = server.Destinations[0];
        connection.Dispose();
        server.Dispose();
        // On a port the probe shares with the programs (the direct sandbox), a close the probe began leaves the port in
        // TIME_WAIT for a minute, where a server launched next could not bind: it is ended now.
        if (!network.SeesOnlyTheProgram)
            await TimeWaitRelease.ReleaseAsync(network, port, cancellationToken);
        return run.Result(Transport.Tcp, true, request, request is null ? 0 : 1, closed, exit) with
        {
            Destination = destination,
        };
    }

    private static async Task<ClientRun> RunUdpAsync(
        ISandboxNetwork network,
        Run run,
        CancellationToken cancellationToken
    )
    {
        var port = run.Assignment.Port;
        using var server = await UdpProbeServer.StartAsync(
            network,
            port,
            run.Transcript,
            run.EveryAddress,
            cancellationToken: cancellationToken
        );
        // Only where the network is the client's alone may the probe take the other transport's port too.
        using var connections = network.SeesOnlyTheProgram
            ? await TcpProbeServer.StartAsync(
                network,
                port,
                run.Transcript,
                run.EveryAddress,
                "TCP connection",
                cancellationToken
            )
            : null;
        await using var program = await run.StartAsync(network, cancellationToken);
        var stray =
            connections?.AcceptAsync(program.Exited, program.Clock, cancellationToken) ?? Never<TcpConnection?>();
        using var watching = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var elsewhere = run.ConnectingElsewhereAsync(program, watching.Token);
        var first = await server.ReceiveAsync(Task.WhenAny(program.Exited, stray, elsewhere), cancellationToken);
        await watching.CancelAsync();
        if (first is null)
        {
            if (stray is { IsCompletedSuccessfully: true, Result: { } connection })
            {
                using (connection)
                    return await AnswerOverTcpAsync(run, connection, program, cancellationToken);
            }
            return await StoppedElsewhereAsync(run, Transport.Udp, program, elsewhere);
        }

        var requests = 1;
        var answer = first;
        if (run.Scenario.Behaviour == ProbeBehaviour.LoseFirstReply)
        {
            run.Transcript.Note("the probe server drops this datagram without replying, as if the reply were lost");
            using var dropped = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            run.StopWhenStuck(program, () => server.NothingInFlight, dropped.Token);
            answer = await server.ReceiveAsync(program.Exited, cancellationToken);
            await dropped.CancelAsync();
            if (answer is not null)
                requests++;
        }
        if (answer is not null)
        {
            await run.ReplyLaterAsync(program, cancellationToken);
            await server.ReplyAsync(answer, Encoding.UTF8.GetBytes(run.Token), cancellationToken);
            using var answered = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            run.StopWhenStuck(program, () => server.NothingInFlight, answered.Token);
            while (await server.ReceiveAsync(program.Exited, cancellationToken) is not null)
                requests++;
            await answered.CancelAsync();
        }
        return run.Result(Transport.Udp, true, first.Bytes, requests, false, await program.Exited) with
        {
            Destination = server.Destinations[0],
        };
    }

    // A client that never reached the probe server: ended by itself, or stopped once the kernel showed it connecting
    // elsewhere.
    private static async Task<ClientRun> StoppedElsewhereAsync(
        Run run,
        Transport transport,
        RunningProgram program,
        Task<IPEndPoint?> elsewhere
    )
    {
        if (elsewhere is { IsCompletedSuccessfully: true, Result: { } host } && program.IsRunning)
        {
            run.Transcript.Note($"the client is connecting to {host}, which is not this machine: the grader stops it");
            var stopped = await program.KillAsync($"stopped by the grader: it was connecting to {host}");
            return run.Result(transport, false, null, 0, false, stopped) with { ConnectingTo = host };
        }
        return run.Result(transport, false, null, 0, false, await program.Exited);
    }

    // A client of the other transport is answered in its own, with the token, so it ends by itself; its run is judged
    // by that fault.
    private static async Task<ClientRun> AnswerOverUdpAsync(
        Run run,
        UdpProbeServer datagrams,
        Datagram request,
        RunningProgram program,
        CancellationToken cancellationToken
    )
    {
        run.Transcript.Note("the client sent a UDP datagram to the TCP server's port; the probe answers it over UDP");
        await datagrams.ReplyAsync(request, Encoding.UTF8.GetBytes(run.Token), cancellationToken);
        return run.Result(Transport.Tcp, false, request.Bytes, 1, false, await program.Exited) with
        {
            UsedOtherTransport = true,
        };
    }

    private static async Task<ClientRun> AnswerOverTcpAsync(
        Run run,
        TcpConnection connection,
        RunningProgram program,
        CancellationToken cancellationToken
    )
    {
        run.Transcript.Note("the client connected over TCP to the UDP server's port; the probe answers it over TCP");
        byte[]? request = null;
        try
        {
            request = await connection.ReadOnceAsync(run.Limits.WallTime, cancellationToken);
            if (request.Length > 0)
            {
                await connection.SendAsync(Encoding.UTF8.GetBytes(run.Token), cancellationToken);
                await connection.ReadUntilClosedAsync(run.Limits.WallTime, run.Limits.WallTime, cancellationToken);
            }
        }
        catch (ProbeException)
        {
            // It sent nothing before its time limit, or reset the connection: the transcript says so.
        }
        return run.Result(
            Transport.Udp,
            false,
            request is { Length: > 0 } ? request : null,
            1,
            false,
            await program.Exited
        ) with
        {
            UsedOtherTransport = true,
        };
    }

    private static string NewToken()
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return string.Create(
            12,
            alphabet,
            (span, letters) =>
            {
                for (var i = 0; i < span.Length; i++)
                    span[i] = letters[RandomNumberGenerator.GetInt32(letters.Length)];
            }
        );
    }
}
