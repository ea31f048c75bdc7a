using System.Globalization;
using System.Text;
using Grader.Labs.MailClient.Judges;
using Grader.Probes;

namespace Grader.Labs.MailClient.Probe;

/// <summary>
/// The probe mail server's side of one connection: it feeds what the client sends to an <see cref="SmtpDialogue"/>
/// line by line and sends its replies. The greeting and each reply are held for <paramref name="hold"/> of the client's
/// own time (<see cref="Launching.ProgramClock"/>) while the probe listens: a line read before a reply went out was
/// sent before it, so a client that does not wait is seen, and one that waits never can be, however loaded the
/// machine. The client falls silent when it sends nothing for <paramref name="quiet"/> of its time while the dialogue
/// waits for it. <paramref name="waitsForever"/> watches the client meanwhile: once the kernel shows it waiting forever
/// with nothing on its way either way (<see cref="Launching.RunningProgram.StuckAsync(Func{bool}, CancellationToken)"/>), it can send nothing before
/// the probe does, so a hold ends at once and a silence is called at once.
/// </summary>
internal sealed class SmtpSession(
    SmtpLink connection,
    SmtpDialogue dialogue,
    Transcript transcript,
    TimeSpan hold,
    TimeSpan quiet,
    Func<CancellationToken, Task<Launching.StuckProgram>> waitsForever
)
{
    // More than any mail client of the lab sends: past it the probe stops reading.
    private const int MostBytes = 1 << 20;

    private readonly ReceivedLines _lines = new();
    private readonly List<SmtpExchange> _exchanges = [];
    private readonly List<string> _credentials = [];
    private readonly List<string> _userNames = [];
    private int _sent;
    private int _due = 1; // the greeting is due before the client's first line
    private int _received;
    private bool _ended;
    private bool _broken;
    private string? _hang;

    /// <summary>Every line the client sent, with the reply it got, in order.</summary>
    public IReadOnlyList<SmtpExchange> Exchanges => _exchanges;

    /// <summary>What the client sent for <c>AUTH</c> (for <see cref="SmtpSecrets.From"/>): never in <see
    /// cref="Exchanges"/>, which show <see cref="SmtpSecrets.Mark"/> instead.</summary>
    public IReadOnlyList<string> Credentials => _credentials;

    /// <summary>The user names the client sent for <c>AUTH LOGIN</c>, in base64, as sent.</summary>
    public IReadOnlyList<string> UserNames => _userNames;

    /// <summary>With TLS from the start (port 465): the handshake comes before the greeting.</summary>
    public bool ImplicitTls { get; init; }

    /// <summary>How long the TLS handshake may take, of the client's time: the probe's own share (its certificate, made
    /// for the name the client asks for) counts there too, so more than a reply's <c>quiet</c>.</summary>
    public TimeSpan Handshake { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The name the probe's certificate is for when the client names none in its handshake.</summary>
    public string DefaultName { get; init; } = "localhost";

    /// <summary>Whether the client stopped sending, without closing, while the dialogue waited for it.</summary>
    public bool FellSilent { get; private set; }

    /// <summary>When the client fell silent as the kernel showed, what it waits in; else null.</summary>
    public string? Hang => FellSilent ? _hang : null;

    /// <summary>Greets the client and answers it until it closes, falls silent, or its <c>QUIT</c> is answered and it
    /// has closed (or fallen silent) after it.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (ImplicitTls && !await StartTlsAsync(cancellationToken))
            return;
        await HoldAsync(cancellationToken);
        await SendAsync(SmtpDialogue.Greeting, cancellationToken);
        while (true)
        {
            if (_lines.TryTakeLine(out var line, out var sentAtRead))
            {
                await AnswerAsync(line, sentAtRead, cancellationToken);
                continue;
            }
            if (_ended)
            {
                // A last line cut off by the close.
                if (_lines.TryTakeRest(out var rest, out var restSent))
                    await AnswerAsync(rest, restSent, cancellationToken);
                return;
            }
            if (!await SendsWithinAsync(quiet, cancellationToken) || !await ReadAsync(quiet, cancellationToken))
            {
                FallSilent();
                return;
            }
        }
    }

    private async Task AnswerAsync(string line, int sentAtRead, CancellationToken cancellationToken)
    {
        var inMessage = dialogue.State == SmtpState.ReadingMessage;
        var early = sentAtRead < _due;
        var userName = dialogue.AwaitsUserName || line.StartsWith("AUTH LOGIN ", StringComparison.OrdinalIgnoreCase);
        var shown = dialogue.Show(TrimEnding(line), out var credential);
        if (credential is not null)
            (userName ? _userNames : _credentials).Add(credential);
        var reply = dialogue.Receive(line, early);
        _exchanges.Add(new SmtpExchange(shown, reply?.TrimEnd('\r', '\n'), early, inMessage));
        if (reply is null)
            return;
        _due++;
        await HoldAsync(cancellationToken);
        await SendAsync(reply, cancellationToken);
        if (dialogue.TakeStartTls())
        {
            if (_lines.HasPending)
            {
                // Sent in clear after STARTTLS, before the handshake: a server must not take it for TLS's (RFC 3207).
                transcript.Note(
                    $"the client sent {_lines.PendingBytes} bytes after `STARTTLS` before its TLS handshake: the probe drops them"
                );
                _lines.Clear();
            }
            await StartTlsAsync(cancellationToken);
        }
    }

    // The TLS handshake: false, with the dialogue told why and the session over, when it fails.
    private async Task<bool> StartTlsAsync(CancellationToken cancellationToken)
    {
        if (_ended || _broken)
            return false;
        if (await connection.StartTlsAsync(DefaultName, Handshake, cancellationToken) is { } why)
        {
            dialogue.TlsFailed(why);
            _ended = true;
            return false;
        }
        dialogue.TlsStarted();
        return true;
    }

    // Listens before a reply goes out, unless the client has already sent more (it did not wait) or has gone.
    private async Task HoldAsync(CancellationToken cancellationToken)
    {
        if (_lines.HasPending || _ended || _broken)
            return;
        if (await SendsWithinAsync(hold, cancellationToken))
            await ReadAsync(quiet, cancellationToken);
    }

    // Whether the client sends something (or closes) within the time given, without reading it: the bytes stay in the
    // kernel's queue, where the watch sees them on their way. False at once when the kernel shows it waiting forever.
    private async Task<bool> SendsWithinAsync(TimeSpan time, CancellationToken cancellationToken)
    {
        var (sent, stuck) = await connection.DataWithinAsync(time, waitsForever, cancellationToken);
        _hang ??= stuck?.Description;
        return sent;
    }

    private async Task SendAsync(string text, CancellationToken cancellationToken)
    {
        _sent++;
        if (_broken)
            return;
        try
        {
            await connection.SendAsync(Encoding.ASCII.GetBytes(text), cancellationToken);
        }
        catch (ProbeException)
        {
            // The client reset the connection: what it sent before is still judged; the transcript says so.
            _broken = true;
        }
    }

    // One read; false when nothing came within the time given.
    private async Task<bool> ReadAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = await connection.ReadOnceAsync(timeout, cancellationToken);
        }
        catch (ProbeException)
        {
            return false;
        }
        if (bytes.Length == 0)
        {
            _ended = true;
            return true;
        }
        _lines.Add(bytes, _sent);
        _received += bytes.Length;
        if (_received > MostBytes)
        {
            transcript.Note($"the client sent more than {MostBytes >> 20} MiB: the probe stops reading");
            _ended = true;
        }
        return true;
    }

    // The client sent nothing for the quiet time: after its QUIT was answered that is only the end; before, the
    // dialogue is told, then given any line left unended.
    private void FallSilent()
    {
        if (dialogue.State == SmtpState.Closed)
            return;
        FellSilent = true;
        var awaited = dialogue.State == SmtpState.ReadingMessage ? "the rest of its message" : "its next command";
        transcript.Note(
            _hang is { } hang
                ? $"the kernel shows the client {hang}, with nothing on its way: it will send nothing more while the server waits for {awaited}"
                : string.Create(
                    CultureInfo.InvariantCulture,
                    $"the client sent nothing for {quiet.TotalSeconds:0.#} s while the server waited for {awaited}"
                )
        );
        if (_hang is { } waiting)
            dialogue.ClientWaitsForever(waiting);
        else
            dialogue.ClientFellSilent(quiet);
        if (!_lines.TryTakeRest(out var rest, out var restSent))
            return;
        var early = restSent < _due;
        // A line of the message cut off is the message not ended, not a line ending missing: it is kept, not judged.
        // A command cut off is judged, but never answered: a server waits for its line ending.
        var inMessage = dialogue.State == SmtpState.ReadingMessage;
        string? credential = null;
        var shown = inMessage ? rest : dialogue.Show(rest, out credential);
        if (credential is not null)
            _credentials.Add(credential);
        if (!inMessage)
            dialogue.Receive(rest, early);
        _exchanges.Add(new SmtpExchange(shown, null, early, inMessage));
    }

    private static string TrimEnding(string line) => line.TrimEnd('\n').TrimEnd('\r');
}
