using System.Net;
using System.Text.RegularExpressions;
using Grader.Launching;
using Grader.Probes;
using Grader.Rubric;

namespace Grader.Checks.Clients;

/// <summary>
/// Names the faults real students' clients have, from what the probes saw (the address a client connected to, the names
/// it looked up, the transport it spoke) and, where they saw nothing, from the client's own output and error.
/// </summary>
public static partial class ClientFaults
{
    private const string ConnectsToLocalhost = "the lab's client connects to localhost";
    private const string ReadsOnlyTheSentence = "the lab's client hard-codes localhost and reads only the sentence";

    /// <summary>
    /// Why <paramref name="run"/> says nothing about the client's protocol, or null when it reached the probe server as
    /// the lab's client does: it spoke the other transport, connected to a host other than localhost (unless the
    /// scenario accepts it), sent nothing on its connection, or never reached the server at all (and then why, as well
    /// as can be told).
    /// </summary>
    public static string? Fatal(ClientRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.UsedOtherTransport)
            return OtherTransport(run.Transport, run.Port);
        if (run.Contacted)
        {
            if (run.Destination is { } to && !IPAddress.IsLoopback(to.Address) && !run.Scenario.AcceptsOtherHosts)
                return $"the client {(run.Transport == Transport.Tcp ? "connected" : $"sent its {run.Sends}")} to {to}, not to localhost: {ConnectsToLocalhost}";
            if (run.Request is not null)
                return null;
            return ReadingFault(run) is { } reading
                ? $"the client connected to the server but sent nothing: it {reading}"
                : $"the client connected to the server but sent nothing; it {ProgramDiagnosis.HowItEnded(run.Exit)}";
        }
        return NeverReached(run);
    }

    /// <summary>
    /// "the client asked for another line … (EOFError)" when <paramref name="exit"/> shows the client read past the end
    /// of its input (Python's EOFError, Java's Scanner), else null: the lab's client reads one line.
    /// </summary>
    public static string? EndOfInput(ProgramExit exit)
    {
        ArgumentNullException.ThrowIfNull(exit);
        if (exit.StandardError.Contains("EOFError", StringComparison.Ordinal))
            return "EOFError";
        if (exit.StandardError.Contains("NoSuchElementException", StringComparison.Ordinal))
            return "NoSuchElementException";
        return null;
    }

    private static string OtherTransport(Transport transport, int port) =>
        transport == Transport.Tcp
            ? $"the TCP client sent a UDP datagram (a SOCK_DGRAM socket) to port {port}, not a TCP connection: the lab's TCP client connects with a SOCK_STREAM socket"
            : $"the UDP client connected over TCP (a SOCK_STREAM socket) to port {port} instead of sending a datagram: the lab's UDP client sends with a SOCK_DGRAM socket";

    private static string NeverReached(ClientRun run)
    {
        var error = ProgramDiagnosis.ErrorSummary(run.Exit.StandardError);
        if (run.ConnectingTo is { } connecting)
            return $"the client was connecting to {connecting}, not to localhost (the grader stopped it, since no server answers there): {ConnectsToLocalhost}";
        if (WentElsewhere(run) is { } elsewhere)
            return elsewhere;
        if (AskedForServer(run) is { } asked)
            return asked;
        var names = NamesLookedUp(run).Where(n => !NameServerProbe.IsLocalhost(n)).ToList();
        if (names.Count > 0)
            return $"the client looked up the name `{WireText.Show(names.MinBy(n => n.Length)!, 80)}`, which is not localhost: {ConnectsToLocalhost}";
        if (ReadingFault(run) is { } reading)
            return $"the client {reading}";
        if (Unreachable(run.Exit.StandardError))
            return $"the client tried to reach a host outside this machine ({error}): {ConnectsToLocalhost}";
        if (LookupFailed(run.Exit.StandardError))
            return $"the client could not look up the name of its server ({error}): {ConnectsToLocalhost}";
        if (run.EveryPortHeard == true)
            return $"the client {(run.Transport == Transport.Tcp ? "made no connection" : $"sent no {Plural(run.Sends)}")} at all, to any address or port; it {ProgramDiagnosis.HowItEnded(run.Exit)}";
        var unheard =
            run.EveryPortHeard == false
                ? $" (in this sandbox the grader hears only port {run.Port} on loopback, so where else the client may have {(run.Transport == Transport.Tcp ? "connected" : $"sent its {run.Sends}")} cannot be seen; the namespace sandbox names it)"
                : "";
        return $"the client never {(run.Transport == Transport.Tcp ? "connected to" : $"sent a {Singular(run.Sends)} to")} the server on port {run.Port}; it {ProgramDiagnosis.HowItEnded(run.Exit)}{unheard}";
    }

    // Where the client's datagrams or connections went instead of the probe's port, as the watch of every address and
    // port saw them: the other transport on the lab's port, or another port.
    private static string? WentElsewhere(ClientRun run)
    {
        if (run.Strays.Any(s => s.Transport != run.Transport && s.Destination.Port == run.Port))
            return OtherTransport(run.Transport, run.Port);
        var same = run.Strays.Where(s => s.Transport == run.Transport).ToList();
        var strays = same.Count > 0 ? same : [.. run.Strays];
        if (strays.Count == 0)
            return null;
        const int shown = 3;
        var places = string.Join(", ", strays.Take(shown).Select(s => s.Destination.ToString()));
        if (strays.Count > shown)
            places += $" and {strays.Count - shown} more";
        var expected = strays.All(s => IPAddress.IsLoopback(s.Destination.Address))
            ? $"port {run.Port}"
            : $"localhost:{run.Port}";
        var went = (strays[0].Transport, run.Transport) switch
        {
            (Transport.Tcp, Transport.Tcp) => "connected",
            (Transport.Tcp, _) => "connected over TCP",
            (_, Transport.Udp) => $"sent its {run.Sends}",
            _ => "sent UDP datagrams",
        };
        var times = strays.Sum(s => s.Times);
        var what =
            strays[0].Transport == Transport.Tcp
                ? (times == 1 ? "1 connection refused" : $"{times} connections refused")
                : (times == 1 ? "1 datagram, unanswered" : $"{times} datagrams, none answered");
        return $"the client {went} to {places}, not to {expected}, where the server listens ({what})";
    }

    // "pings" stays; "datagram" becomes "datagrams".
    private static string Plural(string noun) => noun.EndsWith('s') ? noun : noun + "s";

    // "datagram" stays; "pings" becomes "ping".
    private static string Singular(string noun) => noun.EndsWith('s') ? noun[..^1] : noun;

    // The names the sandbox heard it look up, and the one its error names (Java's UnknownHostException holds it).
    private static IEnumerable<string> NamesLookedUp(ClientRun run) =>
        run.NamesLookedUp.Concat(UnknownHost().Matches(run.Exit.StandardError).Select(m => m.Groups[1].Value.Trim()));

    // A client that reads the server's address (or port) first takes the typed sentence for it.
    private static string? AskedForServer(ClientRun run)
    {
        var line = run.Line.Trim();
        var error = run.Exit.StandardError;
        var prompt = ServerPrompt(run.Exit.StandardOutput);
        var tookLine =
            line.Length > 0
            && (error.Contains(line, StringComparison.Ordinal) || NamesLookedUp(run).Any(n => n == line));
        if (!tookLine && prompt is null)
            return null;
        var port = PortParse().IsMatch(error) || prompt?.Contains("port", StringComparison.OrdinalIgnoreCase) == true;
        var asked = prompt is null ? "" : $" (it printed {WireText.Quote(prompt)})";
        var took =
            $"it took the typed line {WireText.Quote(run.Line)} for the server's {(port ? "port" : "host name")}";
        var then = EndOfInput(run.Exit) is { } eof
            ? $", then found the end of its input ({eof}) when it asked for the sentence"
            : "";
        return $"the client asked for a server {(port ? "port" : "address")} before the sentence{asked}: {took}{then}; {ReadsOnlyTheSentence}";
    }

    // The first thing the client printed, when it asks for a host, an address or a port rather than saying an error.
    private static string? ServerPrompt(string output)
    {
        var end = output.IndexOfAny([':', '?', '>', '\n']);
        var first = (end < 0 ? output : output[..(end + 1)]).Trim();
        return first.Length > 0 && AsksForServer().IsMatch(first) && !SaysError().IsMatch(first) ? first : null;
    }

    // Reading the sentence the lab's way fails: from the command line, or past the end of the input. Said of "the
    // client".
    private static string? ReadingFault(ClientRun run)
    {
        var exit = run.Exit;
        var error = exit.StandardError;
        if (
            (error.Contains("IndexError", StringComparison.Ordinal) && error.Contains("argv", StringComparison.Ordinal))
            || (
                error.Contains("ArrayIndexOutOfBoundsException", StringComparison.Ordinal)
                && error.Contains(".main(", StringComparison.Ordinal)
            )
            || Usage().IsMatch(exit.StandardOutput + "\n" + error)
        )
            return "reads its sentence from the command line (sys.argv), but the lab's client reads it from standard input";
        if (EndOfInput(exit) is { } eof)
            return $"asked for more than one line before sending and found the end of its input ({eof}): {ReadsOnlyTheSentence}";
        return null;
    }

    private static bool Unreachable(string error) =>
        error.Contains("Network is unreachable", StringComparison.Ordinal)
        || error.Contains("No route to host", StringComparison.Ordinal)
        || error.Contains("NoRouteToHostException", StringComparison.Ordinal);

    private static bool LookupFailed(string error) =>
        error.Contains("gaierror", StringComparison.Ordinal)
        || error.Contains("UnknownHostException", StringComparison.Ordinal)
        || error.Contains("Name or service not known", StringComparison.Ordinal)
        || error.Contains("Temporary failure in name resolution", StringComparison.Ordinal);

    [GeneratedRegex(@"UnknownHostException: ([^\r\n:]+)")]
    private static partial Regex UnknownHost();

    [GeneratedRegex(@"invalid literal for int\(\)|NumberFormatException")]
    private static partial Regex PortParse();

    [GeneratedRegex(@"\b(host|hostname|server|address|ip|port)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksForServer();

    [GeneratedRegex(@"\b(error|cannot|can't|could not|couldn't|failed|refused|unable)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SaysError();

    [GeneratedRegex(@"(?im)^\s*usage:")]
    private static partial Regex Usage();
}
