using System.Globalization;
using System.Net.Security;
using System.Security.Authentication;
using Grader.Labs.MailClient.Tls;
using Grader.Launching;
using Grader.Probes;
using Grader.Results;

namespace Grader.Labs.MailClient.Probe;

/// <summary>
/// The probe mail server's end of one connection, in clear or, once <see cref="StartTlsAsync"/> has shaken hands, over
/// TLS with a certificate of the <see cref="ProbeAuthority"/> for the name the client asked for. The transcript holds
/// what the two ends said, in clear either way: over TLS, the text each record carried, not its ciphertext.
/// </summary>
internal sealed class SmtpLink(TcpConnection connection, Transcript transcript) : IDisposable
{
    private const int ReadSize = 64 * 1024;
    private SslStream? _tls;

    /// <summary>Whether the connection runs over TLS.</summary>
    public bool Secure => _tls is not null;

    /// <summary>The name the client asked for in its TLS handshake (SNI), or null.</summary>
    public string? ServerName { get; private set; }

    /// <inheritdoc cref="TcpConnection.DataWithinAsync(TimeSpan, Func{CancellationToken, Task{StuckProgram}}, CancellationToken)"/>
    public Task<(bool Sent, StuckProgram? Stuck)> DataWithinAsync(
        TimeSpan timeout,
        Func<CancellationToken, Task<StuckProgram>> waitsForever,
        CancellationToken cancellationToken
    ) => connection.DataWithinAsync(timeout, waitsForever, cancellationToken);

    /// <summary>Sends <paramref name="data"/>.</summary>
    /// <exception cref="ProbeException">The client reset the connection.</exception>
    public async Task SendAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        if (_tls is null)
        {
            await connection.SendAsync(data, cancellationToken);
            return;
        }
        transcript.AddBytes(connection.Peer, TranscriptEvent.Sent, data.Span);
        try
        {
            await _tls.WriteAsync(data, cancellationToken);
        }
        catch (IOException e)
        {
            transcript.Add(connection.Peer, TranscriptEvent.ResetByProgram);
            throw new ProbeException(TranscriptEvent.ResetByProgram, "the client reset the TLS connection", e);
        }
    }

    /// <summary>What one read returns, waiting at most <paramref name="timeout"/> of the client's time; empty when the
    /// client closed.</summary>
    /// <exception cref="ProbeException">Nothing came in time.</exception>
    public async Task<byte[]> ReadOnceAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (_tls is null)
            return await connection.ReadOnceAsync(timeout, cancellationToken);
        var buffer = new byte[ReadSize];
        using var deadline = connection.Clock.Deadline(timeout, cancellationToken);
        int read;
        try
        {
            read = await _tls.ReadAsync(buffer, deadline.Token);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            transcript.Add(
                connection.Peer,
                TranscriptEvent.TimedOut,
                string.Create(CultureInfo.InvariantCulture, $"nothing within {timeout.TotalSeconds:0.#} s")
            );
            throw new ProbeException(TranscriptEvent.TimedOut, "nothing arrived in time", e);
        }
        catch (IOException)
        {
            transcript.Add(connection.Peer, TranscriptEvent.ResetByProgram);
            return [];
        }
        if (read == 0)
            transcript.Add(connection.Peer, TranscriptEvent.ClosedByProgram);
        else
            transcript.AddBytes(connection.Peer, TranscriptEvent.Received, buffer.AsSpan(0, read));
        return buffer[..read];
    }

    /// <summary>
    /// Shakes hands as a TLS server within <paramref name="timeout"/> of the client's time, with a certificate for the
    /// name the client asks for (<paramref name="defaultName"/> when it names none); returns null once TLS runs, else
    /// why the handshake failed, in a few words.
    /// </summary>
    public async Task<string?> StartTlsAsync(string defaultName, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var stream = new SslStream(new RecordStream(connection.AsStream()), leaveInnerStreamOpen: false);
        var options = new SslServerAuthenticationOptions
        {
            ServerCertificateSelectionCallback = (_, name) =>
            {
                ServerName = string.IsNullOrEmpty(name) ? null : name;
                return ProbeAuthority.Instance.CertificateFor(ServerName ?? defaultName);
            },
            ClientCertificateRequired = false,
            EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
        };
        using var deadline = connection.Clock.Deadline(timeout, cancellationToken);
        try
        {
            await stream.AuthenticateAsServerAsync(options, deadline.Token);
        }
        catch (Exception e) when (e is AuthenticationException or IOException or OperationCanceledException)
        {
            await stream.DisposeAsync();
            cancellationToken.ThrowIfCancellationRequested();
            var why = e switch
            {
                OperationCanceledException => string.Create(
                    CultureInfo.InvariantCulture,
                    $"the client did not finish the TLS handshake within {timeout.TotalSeconds:0.#} s"
                ),
                _ when e.InnerException?.Message is { Length: > 0 } inner => $"the TLS handshake failed: {inner}",
                _ => $"the TLS handshake failed: {e.Message}",
            };
            transcript.Note(why);
            return why;
        }
        _tls = stream;
        transcript.Note(
            $"TLS started ({Protocol(stream.SslProtocol)}), with a certificate for `{ServerName ?? defaultName}` from the grader's authority of this run{(ServerName is null ? " (the client named no server)" : "")}; what follows is the text the TLS records carried"
        );
        return null;
    }

    /// <inheritdoc />
    public void Dispose() => _tls?.Dispose();

    private static string Protocol(SslProtocols protocol) =>
        protocol switch
        {
            SslProtocols.Tls13 => "TLS 1.3",
            SslProtocols.Tls12 => "TLS 1.2",
            _ => protocol.ToString(),
        };
}
