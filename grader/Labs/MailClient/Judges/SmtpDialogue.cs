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
    private const string StartTlsReply = "220 2.0.0 Ready to start TLS";
    private const string AuthenticatedReply = "235 2.7.0 Authentication successful";
    private const string UserNamePrompt = "334 VXNlcm5hbWU6"; // "Username:"
    private const string PasswordPrompt = "334 UGFzc3dvcmQ6"; // "Password:"
    private const string CancelledReply = "501 5.7.0 Authentication cancelled";
    private const string MechanismReply = "504 5.5.4 Unrecognized authentication type";
    private const string TlsActiveReply = "503 5.5.1 TLS already active";
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
    private readonly bool _offersStartTls;
    private bool _secure;
    private bool _startTlsDue;
    private int _credentialsDue;
    private bool _deliveredOverTls;
    private bool _loggedIn;
    private string? _tlsFailure;

    /// <summary>A dialogue for <paramref name="variant"/>; with <paramref name="expectedText"/>, the message must
    /// hold that text (its line endings and surrounding blank lines aside). With <paramref name="offersStartTls"/>, the
    /// server offers <c>STARTTLS</c> (ports 25, 587 and 2525), as a provider's does.</summary>
    public SmtpDialogue(SmtpVariant variant, string? expectedText = null, bool offersStartTls = false)
    {
        _variant = variant;
        _expectedText = expectedText;
        _offersStartTls = offersStartTls;
    }

    /// <summary>Whether the client's next line is a credential of <c>AUTH</c> (a user name or password in base64),
    /// which no report may show.</summary>
    public bool AwaitsCredentials => _credentialsDue > 0 && State != SmtpState.ReadingMessage;

    /// <summary>Whether the client's next line is the user name of <c>AUTH LOGIN</c>, hidden as sent but not once
    /// decoded (it is the sender's address a report shows anyway).</summary>
    public bool AwaitsUserName => _credentialsDue == 2 && State != SmtpState.ReadingMessage;

    /// <summary>Whether the connection runs over TLS (after <see cref="TlsStarted"/>).</summary>
    public bool Secure => _secure;

    /// <summary>
    /// True once after the server has answered <c>STARTTLS</c> with <c>220</c>: the driver shakes hands as a TLS server
    /// next, then calls <see cref="TlsStarted"/> or <see cref="TlsFailed"/>.
    /// </summary>
    public bool TakeStartTls()
    {
        var due = _startTlsDue;
        _startTlsDue = false;
        return due;
    }

    /// <summary>
    /// Tells the dialogue that TLS now runs (after <c>STARTTLS</c>, or from the start on port 465): as after a
    /// greeting, <c>EHLO</c> comes next, and whatever the client said before, its login included, is forgotten.
    /// </summary>
    public void TlsStarted()
    {
        _secure = true;
        _credentialsDue = 0;
        if (State != SmtpState.Closed)
            State = SmtpState.ExpectHelo;
    }

    /// <summary>Tells the dialogue that the TLS handshake failed (<paramref name="why"/>, in a few words): the client
    /// says nothing more.</summary>
    public void TlsFailed(string why)
    {
        _tlsFailure = why;
        _silence = _lastCommand is null
            ? $"never spoke SMTP ({why})"
            : $"ended in the TLS handshake after `STARTTLS` ({why})";
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
        var shown = Shown(text);
        _lines.Add(shown);
        NoteEnding(shown, ending);
        if (State == SmtpState.Closed)
            return null;
        if (State == SmtpState.ReadingMessage)
            return ReadMessageLine(text, ending, beforeReply);
        if (beforeReply)
            NoteEarly(shown);
        if (_credentialsDue > 0)
            return Credential(text) + "\r\n";
        var reply = Command(text);
        if (reply == QuitReply)
            _beforeQuit = After();
        _lastCommand = Quote(shown);
        _lastReply = reply.Contains('\n', StringComparison.Ordinal) ? HeloReply : reply;
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
        if (_lines.Count == 0 && _tlsFailure is not null)
        {
            findings.Add(new Finding<SmtpFault>(SmtpFault.NoCommand, $"the client {_silence}"));
            return new SmtpVerdict(findings, _lines, null, false);
        }
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
        return new SmtpVerdict(findings, _lines, _delivered, _quit)
        {
            MessageOverTls = _delivered is not null && _deliveredOverTls,
            LoggedIn = _loggedIn,
            TlsFailure = _tlsFailure,
        };
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
                return verb == "EHLO" ? Extensions() : HeloReply;
            case "STARTTLS":
                if (_secure)
                    return TlsActiveReply;
                if (!_offersStartTls)
                    return Unknown(text);
                if (text.Trim().Length > verb.Length)
                    return Malformed(text, "with something after it", "`STARTTLS` alone");
                _startTlsDue = true;
                return StartTlsReply;
            case "AUTH":
                return Auth(text);
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
                return Unknown(text);
        }
    }

    private string Unknown(string text)
    {
        Note(
            SmtpFault.UnknownCommand,
            $"the client sent {Line(text)}, which is not an SMTP command: expected {Expected()}"
        );
        return UnknownReply;
    }

    // What EHLO is answered: the extensions a provider's server lists, STARTTLS while the connection is in clear.
    private string Extensions() =>
        string.Join(
            "\r\n",
            new[]
            {
                "250-probe.grader",
                "250-SIZE 10485760",
                "250-8BITMIME",
                _offersStartTls && !_secure ? "250-STARTTLS" : null,
                "250 AUTH LOGIN PLAIN",
            }.OfType<string>()
        );

    // AUTH LOGIN and AUTH PLAIN, with or without an initial response: any credentials are accepted, and never kept.
    private string Auth(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
            return Malformed(Shown(text), "with no mechanism after it", "`AUTH LOGIN` or `AUTH PLAIN`");
        if (State == SmtpState.ExpectHelo)
            return Order(Shown(text));
        var mechanism = words[1].ToUpperInvariant();
        if (mechanism is not ("LOGIN" or "PLAIN"))
            return MechanismReply;
        if (!_secure)
            Note(
                SmtpFault.CredentialsInClear,
                _offersStartTls
                    ? $"the client sent its credentials in clear before `STARTTLS` (`AUTH {mechanism}`, whose base64 anyone on the way decodes): send `STARTTLS` after `EHLO`, then `EHLO` again, and `AUTH` only over TLS"
                    : $"the client sent its credentials in clear (`AUTH {mechanism}`, whose base64 anyone on the way decodes): log in only over TLS"
            );
        _credentialsDue = (mechanism, words.Length > 2) switch
        {
            ("LOGIN", false) => 2,
            ("LOGIN", true) or ("PLAIN", false) => 1,
            _ => 0,
        };
        if (_credentialsDue == 0)
            _loggedIn = true;
        return _credentialsDue switch
        {
            2 => UserNamePrompt,
            1 when mechanism == "LOGIN" => PasswordPrompt,
            1 => "334 ",
            _ => AuthenticatedReply,
        };
    }

    // A line of the AUTH exchange: a user name or password, or `*` to cancel.
    private string Credential(string text)
    {
        if (text.Trim() == "*")
        {
            _credentialsDue = 0;
            return CancelledReply;
        }
        if (--_credentialsDue > 0)
            return PasswordPrompt;
        _loggedIn = true;
        return AuthenticatedReply;
    }

    /// <summary>
    /// <paramref name="text"/>, the client's next line without its line ending, as a report may show it: a credential
    /// (<see cref="AwaitsCredentials"/>), or an <c>AUTH</c> command's initial response, replaced by <see
    /// cref="SmtpSecrets.Mark"/>; null <paramref name="credential"/> unless it carries one, else what it carries.
    /// </summary>
    public string Show(string text, out string? credential)
    {
        ArgumentNullException.ThrowIfNull(text);
        var shown = Shown(text);
        credential =
            shown == text ? null
            : _credentialsDue > 0 ? text
            : text.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries)[2];
        return shown;
    }

    // The line as a report may show it: a credential, or an AUTH command's initial response, hidden.
    private string Shown(string text)
    {
        if (State == SmtpState.ReadingMessage)
            return text;
        if (_credentialsDue > 0)
            return SmtpSecrets.Mark;
        var words = text.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 2 && words[0].Equals("AUTH", StringComparison.OrdinalIgnoreCase)
            ? $"{words[0]} {words[1]} {SmtpSecrets.Mark}"
            : text;
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
        _deliveredOverTls = _secure;
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
            SmtpState.ExpectHelo => _secure ? "`EHLO <your name>` (again, after `STARTTLS`)" : "`HELO <your name>`",
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
