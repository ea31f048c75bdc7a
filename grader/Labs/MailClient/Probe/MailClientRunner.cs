using System.Globalization;
using System.Net;
using Grader.Checks.Clients;
using Grader.Labs.MailClient.Judges;
using Grader.Labs.MailClient.Tls;
using Grader.Launching;
using Grader.Probes;
using Grader.Results;
using Grader.Rubric;
using Grader.Sandboxes;
using Grader.Sessions;

namespace Grader.Labs.MailClient.Probe;

/// <summary>
/// Runs a student's mail client once against the probe mail server, in a sandbox network of its own where the probe is
/// the only server: nothing leaves the machine. Where the sandbox can, every address leads to the probe, a name
/// server probe hears the names the client looks up, as for lab 1's clients, and a <see cref="DestinationWatch"/>
/// records where any other connection went.
/// </summary>
internal static class MailClientRunner
{
    /// <summary>Plays <paramref name="variant"/>'s server for the client <paramref name="command"/> starts, as
    /// <paramref name="settings"/> say, and records what happens.</summary>
    public static async Task<MailRun> RunAsync(
        ProgramCommand command,
        SmtpVariant variant,
        MailRunSettings settings,
        Assignment assignment,
        ISandbox sandbox,
        CancellationToken cancellationToken
    )
    {
        using var network = await sandbox.OpenNetworkAsync(Transport.Tcp, cancellationToken);
        var everyAddress = await network.CatchEveryAddressAsync(cancellationToken);
        var transcript = new Transcript();
        var port = assignment.Port;
        // Where the sandbox can, the names the client looks up are heard, and every connection or datagram that reaches
        // no probe is recorded: a client that connects to another port is told where it went.
        // Where every address leads to the probe, it answers on every port a mail client may try, as a provider does,
        // and every name the client looks up leads to it: the probe plays whichever mail server the client names.
        var ports = everyAddress ? [.. ProviderPorts.Append(port).Distinct()] : new[] { port };
        await using var watchers = await ClientWatchers.StartAsync(
            network,
            everyAddress,
            ports.Select(p => (Transport.Tcp, p)),
            transcript,
            answerEveryName: true,
            "as the probe plays every mail server a client names"
        );
        var servers = new List<(int Port, TcpProbeServer Server)>();
        try
        {
            foreach (var each in ports)
                servers.Add(
                    (
                        each,
                        await TcpProbeServer.StartAsync(
                            network,
                            each,
                            transcript,
                            everyAddress,
                            ports.Length == 1 ? "SMTP connection" : $"SMTP connection to port {each}",
                            cancellationToken
                        )
                    )
                );
            return await RunAsync(
                command,
                variant,
                settings,
                assignment,
                network,
                everyAddress,
                watchers,
                servers,
                transcript,
                cancellationToken
            );
        }
        finally
        {
            foreach (var (_, server) in servers)
                server.Dispose();
        }
    }

    /// <summary>The ports a mail client may try besides the lab's: submission with <c>STARTTLS</c> (587, 2525), and
    /// SMTP over TLS from the start (465), as providers serve them, and the mail port (25).</summary>
    public static IReadOnlyList<int> ProviderPorts { get; } = [25, 587, ImplicitTlsPort, 2525];

    /// <summary>The port where TLS runs from the start (SMTPS, RFC 8314).</summary>
    public const int ImplicitTlsPort = 465;

    private static async Task<MailRun> RunAsync(
        ProgramCommand command,
        SmtpVariant variant,
        MailRunSettings settings,
        Assignment assignment,
        ISandboxNetwork network,
        bool everyAddress,
        ClientWatchers watchers,
        List<(int Port, TcpProbeServer Server)> servers,
        Transcript transcript,
        CancellationToken cancellationToken
    )
    {
        var limits = assignment.Limits.ForLaunch(assignment.Timeouts.ClientRun);
        var port = assignment.Port;
        if (variant == SmtpVariant.RecipientRefused)
            transcript.Note("this server refuses the recipient: it answers `RCPT TO` with `550`");
        // The authority, and a first certificate, made before the client runs, where its time does not count.
        _ = ProbeAuthority.Instance.CertificateFor("localhost");
        await using var program = await ClientLaunch.StartAsync(
            network,
            ProbeAuthority.Instance.TrustLaunch(command),
            limits,
            null,
            cancellationToken
        );
        using var watching = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // Where the network cannot be rerouted, the kernel may still show the client connecting to another host.
        var elsewhere = everyAddress
            ? new TaskCompletionSource<IPEndPoint?>().Task
            : ClientSockets.ConnectingElsewhereAsync(program, port, watching.Token);
        var (accepted, server) = await AcceptAnyAsync(
            servers,
            Task.WhenAny(program.Exited, elsewhere),
            program.Clock,
            cancellationToken
        );
        var connectedPort = accepted is null ? port : server;
        var dialogue = new SmtpDialogue(variant, settings.Text, offersStartTls: connectedPort != ImplicitTlsPort);
        SmtpSession? session = null;
        ProgramExit exit;
        using (var connection = accepted)
        {
            await watching.CancelAsync();
            if (connection is not null)
            {
                using var link = new SmtpLink(connection, transcript);
                session = new SmtpSession(
                    link,
                    dialogue,
                    transcript,
                    settings.Hold,
                    assignment.Timeouts.Reply,
                    // Nothing on its way either way: the probe has read all the client sent, and the client all it was
                    // sent.
                    token =>
                        program.StuckAsync(
                            assignment.Hangs,
                            () =>
                                network.ReadSocketTable() is var table
                                && ClientSockets.ClientSentNothing(table, connectedPort)
                                && ClientSockets.ProbeSentAll(table, connectedPort),
                            token
                        )
                )
                {
                    ImplicitTls = connectedPort == ImplicitTlsPort,
                    Handshake = assignment.Timeouts.ClientRun,
                    DefaultName =
                        watchers.NamesLookedUp.LastOrDefault(n => !NameServerProbe.IsLocalhost(n)) ?? "localhost",
                };
                await session.RunAsync(cancellationToken);
            }
            exit = await EndAsync(program, session, elsewhere, assignment.Timeouts.Reply, transcript);
            exit = exit with { StandardError = WithoutJavaNotice(exit.StandardError) };
        }
        var strays = await watchers.StopAsync();

        var reached = new ClientRun(
            new ClientScenario(ProbeBehaviour.Normal, TimeSpan.Zero, limits.WallTime)
            {
                AcceptsOtherHosts = settings.AcceptsOtherHosts,
            },
            Transport.Tcp,
            "",
            "",
            session is not null,
            session is null ? null : [],
            session is null ? 0 : 1,
            false,
            exit,
            transcript.Entries
        )
        {
            Port = port,
            Destination = servers.SelectMany(s => s.Server.Destinations).FirstOrDefault(),
            NamesLookedUp = watchers.NamesLookedUp,
            ConnectingTo = elsewhere is { IsCompletedSuccessfully: true, Result: { } host } ? host : null,
            Strays = strays,
            EveryPortHeard = watchers.EveryPortHeard,
        };
        var run = new MailRun(
            variant,
            session?.Exchanges ?? [],
            dialogue.Verdict(exit.StandardOutput),
            session?.FellSilent ?? false,
            exit,
            transcript.Entries
        )
        {
            Fatal = ClientFaults.Fatal(reached),
            FatalSummary = reached.FatalSummary,
        };
        return WithoutSecrets(run, SmtpSecrets.From(session?.Credentials ?? [], session?.UserNames));
    }

    // The first connection to any of the probe's ports, and its port; null when giveUp comes first. A second one made
    // meanwhile is closed: the lab's client makes one.
    private static async Task<(TcpConnection? Connection, int Port)> AcceptAnyAsync(
        List<(int Port, TcpProbeServer Server)> servers,
        Task giveUp,
        ProgramClock clock,
        CancellationToken cancellationToken
    )
    {
        if (servers.Count == 1)
            return (await servers[0].Server.AcceptAsync(giveUp, clock, cancellationToken), servers[0].Port);
        using var stop = new CancellationTokenSource();
        var stopped = Task.Delay(Timeout.Infinite, stop.Token);
        var either = Task.WhenAny(giveUp, stopped);
        var accepts = servers.Select(s => s.Server.AcceptAsync(either, clock, cancellationToken)).ToList();
        var first = await Task.WhenAny(accepts);
        await stop.CancelAsync();
        var connections = await Task.WhenAll(accepts);
        var winner = accepts.IndexOf(first);
        foreach (var other in connections.Where((c, i) => i != winner))
            other?.Dispose();
        return (connections[winner], servers[winner].Port);
    }

    // The run as a report may show it: the credentials the client sent after AUTH hidden wherever they appear (its
    // lines, the transcript, the findings, its output).
    private static MailRun WithoutSecrets(MailRun run, IReadOnlyList<string> secrets)
    {
        if (secrets.Count == 0)
            return run;
        string Hide(string text) => SmtpSecrets.Hide(text, secrets);
        var verdict = run.Verdict with
        {
            Findings = [.. run.Verdict.Findings.Select(f => f with { Message = Hide(f.Message) })],
            Lines = [.. run.Verdict.Lines.Select(Hide)],
        };
        return run with
        {
            Exchanges = [.. run.Exchanges.Select(e => e with { Line = Hide(e.Line) })],
            Verdict = verdict,
            Exit = run.Exit with
            {
                StandardOutput = Hide(run.Exit.StandardOutput),
                StandardError = Hide(run.Exit.StandardError),
            },
            // The run's capture stays with its transcript (the lab's redactor hides the credentials in it).
            Transcript = new TranscriptEntries(
                [.. run.Transcript.Select(e => e.Data is { } data ? e with { Data = Hide(data) } : e)],
                (run.Transcript as TranscriptEntries)?.Packets
            ),
            Fatal = run.Fatal is { } fatal ? Hide(fatal) : null,
        };
    }

    // The JVM's note that it read JAVA_TOOL_OPTIONS, which the grader set for its trust store: not the program's output.
    private static string WithoutJavaNotice(string error) =>
        error.StartsWith(ProbeAuthority.JavaToolOptionsNotice, StringComparison.Ordinal)
            ? error[(error.IndexOf('\n', StringComparison.Ordinal) is var end and >= 0 ? end + 1 : error.Length)..]
            : error;

    // The client's end: stopped at once when it fell silent or connects elsewhere, given the quiet time to exit after
    // its connection ended, else stopped.
    private static async Task<ProgramExit> EndAsync(
        RunningProgram program,
        SmtpSession? session,
        Task<IPEndPoint?> elsewhere,
        TimeSpan quiet,
        Transcript transcript
    )
    {
        if (elsewhere is { IsCompletedSuccessfully: true, Result: { } host } && program.IsRunning)
        {
            transcript.Note($"the client is connecting to {host}, which is not this machine: the grader stops it");
            return await program.KillAsync($"stopped by the grader: it was connecting to {host}");
        }
        if (session is { FellSilent: true })
            return await program.KillAsync(
                session.Hang is { } hang
                    ? $"stopped by the grader: it {hang}, while the server waited for it"
                    : string.Create(
                        CultureInfo.InvariantCulture,
                        $"stopped by the grader: it sent nothing for {quiet.TotalSeconds:0.#} s while the server waited for it"
                    )
            );
        if (session is not null)
        {
            using var waited = new CancellationTokenSource();
            await Task.WhenAny(program.Exited, program.Clock.DelayAsync(quiet, waited.Token));
            await waited.CancelAsync();
        }
        return program.IsRunning
            ? await program.KillAsync(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"stopped by the grader: it kept running {quiet.TotalSeconds:0.#} s after its connection ended"
                )
            )
            : await program.Exited;
    }
}
