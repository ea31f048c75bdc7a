// The command line only: one subcommand per role, each handing its options to the type that plays the role.
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Reference.Mail;
using Reference.Pinger;
using Reference.Protocol;
using Reference.Tcp;
using Reference.Terminal;
using Reference.Udp;
using Reference.Web;

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

var portOption = PortOption(LabProtocol.DefaultPort, "The server's port.", anyFree: false);
var pingerServerPortOption = PortOption(
    PingerDefaults.Port,
    "The UDP port to listen on; 0 picks a free one, named in the ready line.",
    anyFree: true
);
var webPortOption = PortOption(
    WebProtocol.DefaultPort,
    "The port to listen on; 0 picks a free one, named in the ready line.",
    anyFree: true
);
var mailPortOption = PortOption(MailDefaults.Port, "The mail server's port.", anyFree: false);

var rootOption = new Option<string>("--root")
{
    Description = "The folder whose files are served.",
    DefaultValueFactory = _ => ".",
};
rootOption.Validators.Add(result =>
{
    if (string.IsNullOrWhiteSpace(result.GetValueOrDefault<string>()))
    {
        result.AddError("--root must not be empty.");
    }
});

var lossOption = new Option<double>("--loss")
{
    Description = "The share of pings dropped, from 0 (none) to 1 (all).",
    DefaultValueFactory = _ => PingerDefaults.Loss,
    CustomParser = result => ParseNumber(result, "--loss", "a number from 0 to 1", value => value is >= 0 and <= 1),
};

var seedOption = new Option<int?>("--seed")
{
    Description = "Seeds the random drops, so that every run drops the same pings.",
    CustomParser = result =>
    {
        var text = SingleToken(result);
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seed))
        {
            return seed;
        }

        result.AddError($"--seed must be a whole number, not '{text}'.");
        return null;
    },
};

var countOption = new Option<int>("--count")
{
    Description = "How many pings to send.",
    DefaultValueFactory = _ => PingerDefaults.Count,
    CustomParser = result =>
    {
        var text = SingleToken(result);
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= 1)
        {
            return count;
        }

        result.AddError($"--count must be a whole number of at least 1, not '{text}'.");
        return 0;
    },
};

var timeoutOption = new Option<double>("--timeout")
{
    Description = "How many seconds to wait for each reply.",
    DefaultValueFactory = _ => PingerDefaults.TimeoutSeconds,
    CustomParser = result =>
        ParseNumber(
            result,
            "--timeout",
            "a number of seconds above 0 and at most 3600",
            value => value is > 0 and <= 3600
        ),
};

var fromOption = AddressOption("--from", "The sender's address (default: you at this machine).");
fromOption.DefaultValueFactory = _ => MailDefaults.From();
var toOption = AddressOption(
    "--to",
    "The recipient's address (default: the sender, as the textbook's lab mails itself)."
);
var subjectOption = new Option<string>("--subject")
{
    Description = "The message's subject.",
    DefaultValueFactory = _ => MailDefaults.Subject,
};
subjectOption.Validators.Add(result =>
{
    if (result.GetValueOrDefault<string>()?.Any(char.IsControl) == true)
    {
        result.AddError("--subject must be one line, without control characters.");
    }
});

var root = new RootCommand(
    "Reference implementations of the chapter 2 socket labs: the five Lab 1 programs (the lecture's protocol), "
        + "the web server, the UDP pinger and the SMTP mail client."
)
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
    WebServerCommand(
        "web-server",
        "Serve the files of a folder over HTTP/1.1, each connection on a task of its own.",
        ConnectionScheduling.Concurrent
    ),
    WebServerCommand(
        "web-server-sequential",
        "Serve the files of a folder over HTTP/1.1, one connection at a time.",
        ConnectionScheduling.OneAtATime
    ),
    PingerServerCommand(),
    UdpPingerCommand(),
    MailClientCommand(),
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

Command WebServerCommand(string name, string description, ConnectionScheduling scheduling)
{
    var command = new Command(name, description) { webPortOption, rootOption };
    command.SetAction(
        (result, ct) =>
            RunRoleAsync(
                () =>
                    new WebServer(
                        result.GetValue(webPortOption),
                        DocumentRoot.At(result.GetValue(rootOption)!),
                        scheduling,
                        console
                    ).RunAsync(ct),
                ct
            )
    );
    return command;
}

Command PingerServerCommand()
{
    var command = new Command(
        "pinger-server",
        "Answer UDP pings with their upper-cased copy, dropping some to simulate loss (the textbook's UDPPingerServer)."
    )
    {
        pingerServerPortOption,
        lossOption,
        seedOption,
    };
    command.SetAction(
        (result, ct) =>
            RunRoleAsync(
                () =>
                    new PingerServer(
                        result.GetValue(pingerServerPortOption),
                        new SimulatedLoss(result.GetValue(lossOption), result.GetValue(seedOption)),
                        console
                    ).RunAsync(ct),
                ct
            )
    );
    return command;
}

Command UdpPingerCommand()
{
    var command = new Command(
        "udp-pinger",
        "Send numbered UDP pings one after another and print each reply's round-trip time, then a summary."
    )
    {
        hostOption,
        portOption,
        countOption,
        timeoutOption,
    };
    command.SetAction(
        (result, ct) =>
            RunRoleAsync(
                () =>
                    new UdpPinger(console).RunAsync(
                        result.GetValue(hostOption)!,
                        result.GetValue(portOption),
                        result.GetValue(countOption),
                        TimeSpan.FromSeconds(result.GetValue(timeoutOption)),
                        ct
                    ),
                ct
            )
    );
    return command;
}

Command MailClientCommand()
{
    var command = new Command(
        "mail-client",
        "Send the message read from standard input to an SMTP server (HELO, MAIL FROM, RCPT TO, DATA, QUIT)."
    )
    {
        hostOption,
        mailPortOption,
        fromOption,
        toOption,
        subjectOption,
    };
    command.SetAction(
        (result, ct) =>
        {
            var from = result.GetValue(fromOption)!;
            return RunRoleAsync(
                () =>
                    new SmtpMailClient(console).RunAsync(
                        result.GetValue(hostOption)!,
                        result.GetValue(mailPortOption),
                        from,
                        result.GetValue(toOption) ?? from,
                        result.GetValue(subjectOption)!,
                        ct
                    ),
                ct
            );
        }
    );
    return command;
}

// A port: 1 to 65535, or 0 too for a server that may pick a free one.
static Option<int> PortOption(int defaultPort, string description, bool anyFree)
{
    var lowest = anyFree ? 0 : 1;
    var range = anyFree ? "between 0 and 65535 (0 picks a free port)" : "between 1 and 65535";
    return new Option<int>("--port")
    {
        Description = description,
        DefaultValueFactory = _ => defaultPort,
        CustomParser = result =>
        {
            var text = SingleToken(result);
            if (int.TryParse(text, out var port) && port >= lowest && port <= 65_535)
            {
                return port;
            }

            result.AddError($"--port must be a number {range}, not '{text}'.");
            return 0;
        },
    };
}

// A mail address as SMTP's MAIL FROM and RCPT TO carry it between angle brackets.
static Option<string> AddressOption(string name, string description)
{
    var option = new Option<string>(name) { Description = description };
    option.Validators.Add(result =>
    {
        var address = result.GetValueOrDefault<string>() ?? "";
        if (address.Length == 0 || address.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '<' or '>'))
        {
            result.AddError($"{name} must be a mail address without spaces or angle brackets, not '{address}'.");
        }
    });
    return option;
}

// A number written the same in every culture (a dot for the decimal point).
static double ParseNumber(ArgumentResult result, string name, string expected, Func<double, bool> isValid)
{
    var text = SingleToken(result);
    if (
        double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
        && isValid(value)
    )
    {
        return value;
    }

    result.AddError($"{name} must be {expected}, not '{text}'.");
    return 0;
}

static string SingleToken(ArgumentResult result) => result.Tokens.Count == 1 ? result.Tokens[0].Value : "";

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
