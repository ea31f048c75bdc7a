using System.Text.RegularExpressions;
using Grader.Checks;
using Grader.Probes;

namespace Grader.Labs.MailClient.Judges;

/// <summary>
/// The probe server's side of an SMTP dialogue with a student's mail client, one line at a time: it answers as a mail
/// server does (<see cref="Greeting"/> first, <c>250</c> to <c>HELO</c>/<c>EHLO</c>, <c>MAIL FROM</c> and — unless the
/// <see cref="SmtpVariant.RecipientRefused"/> variant answers <c>550</c> — <c>RCPT TO</c>, <c>354</c> to
/// <c>DATA</c>, <c>250</c> after the message, <c>221</c> to <c>QUIT</c>; <c>503</c>, <c>500</c>, <c>501</c> or
/// <c>554</c> to what a server refuses) and records every fault for its <see cref="Verdict"/>. The driver reads the
/// client's bytes, splits them after each <c>\n</c>, and tells whether the client spoke before the last reply was sent.
/// </summary>
public sealed partial class SmtpDialogue
{
    /// <summary>The greeting the probe sends as soon as the client connects.</summary>
    public const string Greeting = "220 probe.grader SMTP ready\r\n";

    private const string HeloReply = "250 probe.grader";
    private const string OkReply = "250 OK";
    private const string RefusedReply = "550 No such user here";
    private const string DataReply = "354 End data with <CR><LF>.<CR><LF>";
    private const string AcceptedReply = "250 OK: message accepted";
    private const string QuitReply = "221 Bye";
    private const string NoRecipientReply = "554 No valid recipients";
    private const string OrderReply = "503 Bad sequence of commands";
    private const string UnknownReply = "500 Command not recognized";
    private const string SyntaxReply = "501 Syntax error in parameters";
    private const string EndOfMessage = "the end of the message (`.`)";
    private const int ShownChars = 60;

    private readonly SmtpVariant _variant;
    private readonly string? _expectedText;
    private readonly List<Finding<SmtpFault>> _findings = [];
    private readonly List<string> _lines = [];
    private readonly List<(string Text, LineEnding Ending)> _messageLines = [];
    private readonly HashSet<SmtpFault> _noted = [];
    private LineEnding _dataEnding;
    private string _lastReply = Greeting.TrimEnd();
    private string? _lastCommand;
    private string? _refusedRecipient;
    private int _bareLfCount;
    private int _wrongOrderCount;
    private bool _awaitingFirstMessageLine;
    private bool _dataRefused;
    private bool _endedEarly;
    private bool _quitInMessage;
    private bool _quit;
    private string? _delivered;
    private string? _beforeQuit;
    private string? _silence;

    /// <summary>A dialogue for <paramref name="variant"/>; with <paramref name="expectedText"/>, the message must
    /// hold that text (its line endings and surrounding blank lines aside).</summary>
    public SmtpDialogue(SmtpVariant variant, string? expectedText = null)
    {
        _variant = variant;
        _expectedText = expectedText;
    }

    /// <summary>What the server expects next.</summary>
    public SmtpState State { get; private set; } = SmtpState.ExpectHelo;

    /// <summary>
    /// Takes one line the client sent, with its line ending as received (<c>\r\n</c>, a bare <c>\n</c>, or none for a
    /// last line cut off by the close), and returns the reply to send, ended by <c>\r\n</c>; null when none is due
    /// (a line of the message, or anything after <c>QUIT</c>). <paramref name="beforeReply"/> says the client sent it
    /// before the server's last reply (or greeting) went out.
    /// </summary>
    public string? Receive(string line, bool beforeReply = false)
    {
        ArgumentNullException.ThrowIfNull(line);
        var (text, ending) = SplitEnding(line);
        _lines.Add(text);
        NoteEnding(text, ending);
        if (State == SmtpState.Closed)
            return null;
        if (State == SmtpState.ReadingMessage)
            return ReadMessageLine(text, ending, beforeReply);
        if (beforeReply)
            NoteEarly(text);
        var reply = Command(text);
        if (reply == QuitReply)
            _beforeQuit = After();
        _lastCommand = Quote(text);
        _lastReply = reply;
        if (reply == DataReply)
            _dataEnding = ending;
        return reply + "\r\n";
    }

    /// <summary>
    /// Tells the dialogue that the client stopped sending without closing its connection: nothing came for <paramref
    /// name="waited"/>. What the verdict says of how the client ended then says so, not that it closed; call it before
    /// giving the dialogue a last line cut off by the silence.
    /// </summary>
    public void ClientFellSilent(TimeSpan waited) =>
        _silence = string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"sent nothing more for {waited.TotalSeconds:0.#} s"
        );

    /// <summary>Tells the dialogue that the client stopped sending and, as the kernel shows, waits forever: it <paramref
    /// name="hang"/> ("waits in `recvfrom` on a socket with no timeout").</summary>
    public void ClientWaitsForever(string hang) => _silence = $"sent nothing more (it {hang}, as the kernel shows)";

    /// <summary>
    /// The verdict on the dialogue so far, to be asked once the client has closed (or fell silent). With <paramref name="clientOutput"/>
    /// (its standard output), a client refused a recipient must also have said so.
    /// </summary>
    public SmtpVerdict Verdict(string? clientOutput = null)
    {
        var findings = _findings
            .Select(f =>
                f.Fault switch
                {
                    SmtpFault.BareLf when _bareLfCount > 1 => f with
                    {
                        Message = $"{f.Message} ({_bareLfCount} lines in all)",
                    },
                    SmtpFault.WrongOrder when _wrongOrderCount > 1 => f with
                    {
                        Message = $"{f.Message} ({_wrongOrderCount} commands out of order in all)",
                    },
                    _ => f,
                }
            )
            .ToList();
        if (_lines.Count == 0)
        {
            findings.Add(
                new Finding<SmtpFault>(
                    SmtpFault.NoCommand,
                    $"the client sent nothing after the server's greeting {Quote(Greeting.TrimEnd())}: send `HELO <your name>`"
                )
            );
            return new SmtpVerdict(findings, _lines, null, false);
        }
        var after = _beforeQuit ?? After();
        if (State == SmtpState.ReadingMessage)
            findings.Add(
                new Finding<SmtpFault>(
                    SmtpFault.MessageNotEnded,
                    _quitInMessage
                        ? "the client never ended its message with a line holding only `.` (`\\r\\n.\\r\\n`), so its `QUIT` became a line of the message"
                        : $"the client {Ended()} without ending its message with a line holding only `.` (`\\r\\n.\\r\\n`)"
                )
            );
        else if (_variant == SmtpVariant.Accepting && _delivered is null)
            findings.Add(
                new Finding<SmtpFault>(
                    SmtpFault.NoMessage,
                    $"the client never sent its message: {after} it {(_quit ? "sent `QUIT`" : Ended())}"
                )
            );
        if (!_quit && State != SmtpState.ReadingMessage)
            findings.Add(
                _refusedRecipient is not null
                    ? new Finding<SmtpFault>(
                        SmtpFault.NoQuitAfterRefusal,
                        $"the client {Ended()} after the server refused {_refusedRecipient} with `{RefusedReply}`, without sending `QUIT`"
                    )
                    : new Finding<SmtpFault>(SmtpFault.NoQuit, $"the client {Ended()} {after} without sending `QUIT`")
            );
        if (_refusedRecipient is not null && clientOutput is not null && !ReportsRefusal().IsMatch(clientOutput))
            findings.Add(
                new Finding<SmtpFault>(
                    SmtpFault.RefusalNotReported,
                    $"the client's output does not say that the server refused {_refusedRecipient} with `{RefusedReply}`: tell the user the mail was not sent"
                )
            );
        return new SmtpVerdict(findings, _lines, _delivered, _quit);
    }

    private string Command(string text)
    {
        var verb = Verb().Match(text).Value.ToUpperInvariant();
        if (_dataRefused && verb is not ("QUIT" or "RSET" or "NOOP" or "RCPT" or "HELO" or "EHLO"))
        {
            Note(
                SmtpFault.MessageAfterRefusal,
                $"the client sent its message ({Line(text)}) after the server refused {_refusedRecipient} with `{RefusedReply}`: send `QUIT` instead"
            );
            return UnknownReply;
        }
        if (_endedEarly && verb != "QUIT")
            return UnknownReply;
        switch (verb)
        {
            case "HELO" or "EHLO":
                if (text.Length <= verb.Length || text[verb.Length..].Trim().Length == 0)
                    return Malformed(text, "with no name after it", "`HELO <your name>`, such as `HELO Alice`");
                State = SmtpState.ExpectMail;
                return HeloReply;
            case "MAIL":
                if (Address(MailFrom(), text, "MAIL FROM") is { } mailSyntax)
                    return mailSyntax;
                if (State != SmtpState.ExpectMail)
                    return Order(text);
                State = SmtpState.ExpectRecipient;
                return OkReply;
            case "RCPT":
                if (Address(RcptTo(), text, "RCPT TO") is { } rcptSyntax)
                    return rcptSyntax;
                if (State is not (SmtpState.ExpectRecipient or SmtpState.ExpectData))
                    return Order(text);
                if (_variant == SmtpVariant.RecipientRefused)
                {
                    _refusedRecipient = Quote(text);
                    return RefusedReply;
                }
                State = SmtpState.ExpectData;
                return OkReply;
            case "DATA":
                if (State == SmtpState.ExpectData)
                {
                    State = SmtpState.ReadingMessage;
                    _awaitingFirstMessageLine = true;
                    return DataReply;
                }
                if (State == SmtpState.ExpectRecipient && _refusedRecipient is not null)
                {
                    _dataRefused = true;
                    Note(
                        SmtpFault.DataAfterRefusal,
                        $"the client sent `DATA` after the server refused {_refusedRecipient} with `{RefusedReply}`: with no recipient accepted, send `QUIT` instead"
                    );
                    return NoRecipientReply;
                }
                return Order(text);
            case "QUIT":
                _quit = true;
                State = SmtpState.Closed;
                return QuitReply;
            case "RSET":
                if (State != SmtpState.ExpectHelo)
                    State = SmtpState.ExpectMail;
                return OkReply;
            case "NOOP":
                return OkReply;
            default:
                Note(
                    SmtpFault.UnknownCommand,
                    $"the client sent {Line(text)}, which is not an SMTP command: expected {Expected()}"
                );
                return UnknownReply;
        }
    }

    private string? ReadMessageLine(string text, LineEnding ending, bool beforeReply)
    {
        if (_awaitingFirstMessageLine && beforeReply)
            NoteEarly(text);
        _awaitingFirstMessageLine = false;
        if (text != ".")
        {
            _messageLines.Add((text, ending));
            _quitInMessage |= text.Trim().Equals("QUIT", StringComparison.OrdinalIgnoreCase);
            return null;
        }
        var before = _messageLines.Count > 0 ? _messageLines[^1].Ending : _dataEnding;
        if (ending != LineEnding.CrLf || before != LineEnding.CrLf)
            Note(
                SmtpFault.EndOfDataBareLf,
                $"the client ended its message with `{Show(before)}.{Show(ending)}`, not `\\r\\n.\\r\\n`"
            );
        _delivered = string.Join("\r\n", _messageLines.Select(l => l.Text.StartsWith('.') ? l.Text[1..] : l.Text));
        JudgeMessage();
        State = SmtpState.ExpectQuit;
        _lastCommand = EndOfMessage;
        _lastReply = AcceptedReply;
        return AcceptedReply + "\r\n";
    }

    private void JudgeMessage()
    {
        if (_expectedText is null)
            return;
        var expected = Normalized(_expectedText);
        var expectedLines = expected.Split('\n');
        var sent = Normalized(string.Join("\n", _messageLines.Select(l => l.Text)));
        if (
            _messageLines.FirstOrDefault(l =>
                l.Text.StartsWith('.')
                && !l.Text.StartsWith("..", StringComparison.Ordinal)
                && expectedLines.Contains(l.Text)
            ) is
            { Text: { } unstuffed }
        )
            Note(
                SmtpFault.DotStuffingMissing,
                $"the message line {Quote(unstuffed)} starts with a dot and was sent as it is, so the server drops the dot: send it as {Quote("." + unstuffed)} (dot-stuffing)"
            );
        else if (
            expectedLines.Contains(".")
            && sent.Length < expected.Length
            && expected.StartsWith(sent, StringComparison.Ordinal)
        )
        {
            _endedEarly = true;
            Note(
                SmtpFault.DotStuffingMissing,
                "the message line `.` was sent as it is, which ends the message early: send it as `..` (dot-stuffing)"
            );
            return;
        }
        if (
            !Normalized(_delivered!).Contains(expected, StringComparison.Ordinal)
            && !(_noted.Contains(SmtpFault.DotStuffingMissing) && sent.Contains(expected, StringComparison.Ordinal))
        )
            Note(
                SmtpFault.MessageDiffers,
                $"the message delivered, {Quote(_delivered!)}, does not hold the text {Quote(_expectedText.Trim())}"
            );
    }

    private string? Address(Regex form, string text, string command)
    {
        var match = form.Match(text);
        if (!match.Success)
            return Malformed(text, $"not of the form `{command}:<address>`", $"`{command}:<alice@example.com>`");
        if (!match.Groups["address"].Value.StartsWith('<'))
            Note(
                SmtpFault.AddressWithoutBrackets,
                $"the client sent {Quote(text)} with the address not in angle brackets: write {Quote($"{command}:<{match.Groups["address"].Value}>")}"
            );
        return null;
    }

    private string Malformed(string text, string what, string expected)
    {
        Note(SmtpFault.MalformedCommand, $"the client sent {Quote(text)}, {what}: expected {expected}");
        return SyntaxReply;
    }

    private string Order(string text)
    {
        _wrongOrderCount++;
        Note(SmtpFault.WrongOrder, $"the client sent {Quote(text)} where {Expected()} was expected, {After()}");
        return OrderReply;
    }

    // How the client ended: it closed, or (ClientFellSilent) it stopped sending and waited.
    private string Ended() => _silence ?? "closed the connection";

    private string After() =>
        _lastCommand is null
            ? $"after the greeting {Quote(_lastReply)}"
            : $"after {Quote(_lastReply)} to {_lastCommand}";

    private string Expected() =>
        State switch
        {
            SmtpState.ExpectHelo => "`HELO <your name>`",
            SmtpState.ExpectMail => "`MAIL FROM:<sender>`",
            SmtpState.ExpectRecipient when _refusedRecipient is not null => "`QUIT` (the recipient was refused)",
            SmtpState.ExpectRecipient => "`RCPT TO:<recipient>`",
            SmtpState.ExpectData => "`DATA`",
            _ => "`QUIT`",
        };

    private void NoteEarly(string text)
    {
        if (_lastCommand is null)
            Note(
                SmtpFault.SpokeBeforeGreeting,
                $"the client sent {Quote(text)} before the server's greeting {Quote(Greeting.TrimEnd())}: read the greeting before sending `HELO`"
            );
        else
            Note(
                SmtpFault.SpokeBeforeReply,
                $"the client sent {Line(text)} before the server's reply to {_lastCommand}: read each reply before sending the next command"
            );
    }

    private void NoteEnding(string text, LineEnding ending)
    {
        if (ending == LineEnding.Lf && _bareLfCount++ == 0)
            Note(
                SmtpFault.BareLf,
                $"the client ended the line {Quote(text)} with a bare `\\n`: SMTP ends every line with `\\r\\n`"
            );
        else if (ending == LineEnding.None)
            Note(
                SmtpFault.UnendedLine,
                $"the client {Ended()} after {Quote(text)} with no line ending: end every line with `\\r\\n`"
            );
    }

    // Each fault once, the first time it happens: what follows from it would only repeat it.
    private void Note(SmtpFault fault, string message)
    {
        if (_noted.Add(fault))
            _findings.Add(new Finding<SmtpFault>(fault, message));
    }

    private static (string Text, LineEnding Ending) SplitEnding(string line)
    {
        if (line.EndsWith("\r\n", StringComparison.Ordinal))
            return (line[..^2], LineEnding.CrLf);
        return line.EndsWith('\n') ? (line[..^1], LineEnding.Lf) : (line, LineEnding.None);
    }

    private static string Normalized(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();

    private static string Show(LineEnding ending) =>
        ending switch
        {
            LineEnding.CrLf => "\\r\\n",
            LineEnding.Lf => "\\n",
            _ => "",
        };

    private static string Line(string text) => text.Length == 0 ? "an empty line" : $"the line {Quote(text)}";

    private static string Quote(string text) => $"`{WireText.Show(text, ShownChars)}`";

    [GeneratedRegex(@"^[A-Za-z]+")]
    private static partial Regex Verb();

    [GeneratedRegex(@"^MAIL FROM:\s*(?<address><[^<>]*>|[^\s<>]+)(?:\s+\S+)*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex MailFrom();

    [GeneratedRegex(@"^RCPT TO:\s*(?<address><[^<>]*>|[^\s<>]+)(?:\s+\S+)*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RcptTo();

    [GeneratedRegex(
        @"\b550\b|refus|reject|denied|not accepted|not sent|fail|error|reply not received",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex ReportsRefusal();

    private enum LineEnding
    {
        CrLf,
        Lf,
        None,
    }
}
