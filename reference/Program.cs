// The command line only: one subcommand per role, each handing its options to the type that plays the role.
using System.CommandLine;
using Reference.Protocol;
using Reference.Tcp;
using Reference.Terminal;
using Reference.Udp;

const int UsageError = 2;
const int Failure = 1;
const int Interrupted = 130;

var console = StandardStreams.FromProcess();

var hostOption = new Option<string>("--host")
{
    Description = "The server's host name or IPv4 address.",
    DefaultValueFactory = _ => LabProtocol.DefaultHost,
};
hostOption.Validators.Add(result =>
{
    if (string.IsNullOrWhiteSpace(result.GetValueOrDefault<string>()))
    {
        result.AddError("--host must not be empty.");
    }
});

var portOption = new Option<int>("--port")
{
    Description = "The server's port.",
    DefaultValueFactory = _ => LabProtocol.DefaultPort,
    CustomParser = result =>
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        if (int.TryParse(text, out var port) && port is >= 1 and <= 65_535)
        {
            return port;
        }

        result.AddError($"--port must be a number between 1 and 65535, not '{text}'.");
        return 0;
    },
};

var root = new RootCommand("Reference implementation of the five Lab 1 socket programs (the lecture's protocol).")
{
    Client(
        "tcp-client",
        "Send one line over TCP and print the upper-cased reply.",
        (host, port, ct) => new TcpUpperCaseClient(console).RunAsync(host, port, ct)
    ),
    Server(
        "tcp-server",
        "Serve TCP clients one at a time (iterative server).",
        (port, ct) => new SequentialTcpServer(port, console).RunAsync(ct)
    ),
    Server(
        "tcp-server-concurrent",
        "Serve every TCP client independently (concurrent server).",
        (port, ct) => new ConcurrentTcpServer(port, console).RunAsync(ct)
    ),
    Client(
        "udp-client",
        "Send one line as a UDP datagram and print the upper-cased reply.",
        (host, port, ct) => new UdpUpperCaseClient(console).RunAsync(host, port, ct)
    ),
    Server(
        "udp-server",
        "Answer every UDP datagram with its upper-cased copy.",
        (port, ct) => new UdpUpperCaseServer(port, console).RunAsync(ct)
    ),
};

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    // One line, not System.CommandLine's error list followed by the whole help text.
    var problems = string.Join(' ', parsed.Errors.Select(error => error.Message).Distinct());
    await console.Error.WriteLineAsync($"reference: {problems} (see 'reference --help')");
    return UsageError;
}

// Our own signal handling instead of System.CommandLine's, which registers only once the action has started to
// run and so can miss a SIGTERM sent right after the ready line.
using var shutdown = new ShutdownSignal();
var invocation = new InvocationConfiguration
{
    Output = console.Out,
    Error = console.Error,
    ProcessTerminationTimeout = null,
};
return await parsed.InvokeAsync(invocation, shutdown.Token);

Command Client(string name, string description, Func<string, int, CancellationToken, Task> run)
{
    var command = new Command(name, description) { hostOption, portOption };
    command.SetAction(
        (result, ct) => RunRoleAsync(() => run(result.GetValue(hostOption)!, result.GetValue(portOption), ct), ct)
    );
    return command;
}

Command Server(string name, string description, Func<int, CancellationToken, Task> run)
{
    var command = new Command(name, description) { portOption };
    command.SetAction((result, ct) => RunRoleAsync(() => run(result.GetValue(portOption), ct), ct));
    return command;
}

// Servers return normally when cancelled (exit 0); a client cancelled mid-exchange did not finish its job.
async Task<int> RunRoleAsync(Func<Task> run, CancellationToken ct)
{
    try
    {
        await run();
        return 0;
    }
    catch (UserFacingException exception)
    {
        await console.Error.WriteLineAsync($"reference: {exception.Message}");
        return Failure;
    }
    catch (OperationCanceledException) when (ct.IsCancellationRequested)
    {
        await console.Error.WriteLineAsync("reference: interrupted before the exchange was complete.");
        return Interrupted;
    }
}
