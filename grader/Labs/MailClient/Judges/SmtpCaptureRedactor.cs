using System.Text;
using Grader.Results;

namespace Grader.Labs.MailClient.Judges;

/// <summary>
/// Hides a mail client's credentials in its captures as <see cref="SmtpSecrets"/> hides them in transcripts: in what
/// the client sent, what follows <c>AUTH &lt;mechanism&gt;</c> on its line (the initial response) and every line after
/// it until the next command (<c>AUTH LOGIN</c>'s user name and password), byte for byte.
/// </summary>
public sealed class SmtpCaptureRedactor : IPayloadRedactor
{
    /// <inheritdoc />
    public IReadOnlyList<Range> Secrets(ReadOnlySpan<byte> stream)
    {
        var secrets = new List<Range>();
        var afterAuth = false;
        var start = 0;
        while (start < stream.Length)
        {
            var end = stream[start..].IndexOf((byte)'\n');
            var lineEnd = end < 0 ? stream.Length : start + end;
            var line = Encoding.Latin1.GetString(stream[start..lineEnd]).TrimEnd('\r');
            var verb = line.Split(' ', 2)[0].ToUpperInvariant();
            if (verb == "AUTH")
            {
                afterAuth = true;
                // "AUTH PLAIN <initial response>": the mechanism is no secret, what follows it is.
                var mechanism = line.IndexOf(' ', StringComparison.Ordinal);
                var response = mechanism < 0 ? -1 : line.IndexOf(' ', mechanism + 1);
                if (response > 0 && response + 1 < line.Length)
                    secrets.Add(new Range(start + response + 1, start + line.Length));
            }
            else if (
                afterAuth
                && !SmtpSecrets.IsCommand(verb)
                && line.Trim() is { Length: > 0 } secret
                && secret != "*"
            )
                secrets.Add(new Range(start, start + line.Length));
            else
                afterAuth = false;
            start = lineEnd + 1;
        }
        return secrets;
    }
}
