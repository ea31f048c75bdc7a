using System.Text;

namespace Grader.Labs.MailClient.Judges;

/// <summary>
/// The credentials a mail client sent, which no report may repeat: what follows an <c>AUTH</c> command (its initial
/// response, and every line after it until the next command, as <c>AUTH LOGIN</c> sends the user name and password),
/// and the password they carry once decoded from base64, should the client also print it. <see cref="Hide"/> replaces
/// each with <see cref="Mark"/>.
/// </summary>
public static class SmtpSecrets
{
    /// <summary>What stands in a report for a secret.</summary>
    public const string Mark = "‹credentials hidden›";

    // Shorter decoded text than this is too common to hide everywhere it occurs (it would hide other words too).
    private const int ShortestDecoded = 4;

    // The commands that end an AUTH exchange: any line that starts with one is the next command, not a credential.
    private static readonly HashSet<string> Commands =
    [
        "HELO",
        "EHLO",
        "MAIL",
        "RCPT",
        "DATA",
        "QUIT",
        "RSET",
        "NOOP",
        "VRFY",
        "EXPN",
        "HELP",
        "STARTTLS",
        "AUTH",
    ];

    /// <summary>Whether <paramref name="verb"/> (upper case) is a command that ends an <c>AUTH</c> exchange.</summary>
    public static bool IsCommand(string verb) => Commands.Contains(verb);

    /// <summary>The secrets among <paramref name="exchanges"/> (the client's lines, in order), longest first; empty
    /// when it sent no <c>AUTH</c>.</summary>
    public static IReadOnlyList<string> Of(IEnumerable<SmtpExchange> exchanges)
    {
        ArgumentNullException.ThrowIfNull(exchanges);
        var sent = new List<string>();
        var afterAuth = false;
        foreach (var exchange in exchanges.Where(e => !e.InMessage))
        {
            var verb = exchange.Verb;
            if (verb == "AUTH")
            {
                afterAuth = true;
                // "AUTH PLAIN <initial response>": the mechanism is no secret, what follows it is.
                var words = exchange.Line.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
                if (words.Length > 2)
                    sent.Add(words[2].Trim());
                continue;
            }
            if (afterAuth && !Commands.Contains(verb) && exchange.Line.Trim() is { Length: > 0 } line && line != "*")
                sent.Add(line);
            else
                afterAuth = false;
        }
        return From(sent);
    }

    /// <summary>The secrets of <paramref name="credentials"/>, what a client sent for <c>AUTH</c> (initial responses,
    /// user names and passwords in base64): each as sent, decoded, and the password decoded in base64 alone,
    /// longest first.</summary>
    /// <remarks><paramref name="userNames"/>, the user names of <c>AUTH LOGIN</c>, are hidden as sent only: decoded,
    /// a user name is the sender's address, which <c>MAIL FROM</c> shows anyway.</remarks>
    public static IReadOnlyList<string> From(IEnumerable<string> credentials, IEnumerable<string>? userNames = null)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        var sent = credentials.Select(c => c.Trim()).Where(c => c.Length > 0 && c != "*").ToList();
        var names = (userNames ?? []).Select(c => c.Trim()).Where(c => c.Length > 0 && c != "*");
        var decoded = sent.SelectMany(Decoded).ToList();
        // The decoded password in base64 alone too, as a client that logged in with AUTH PLAIN may print it.
        var encoded = decoded.Select(d => Convert.ToBase64String(Encoding.UTF8.GetBytes(d)));
        var secrets = sent.Concat(names)
            .Concat(decoded)
            .Concat(encoded)
            .Where(s => s.Length > 0 && s != Mark)
            .Distinct(StringComparer.Ordinal);
        return [.. secrets.OrderByDescending(s => s.Length)];
    }

    /// <summary><paramref name="text"/> with every one of <paramref name="secrets"/> replaced by <see
    /// cref="Mark"/>.</summary>
    public static string Hide(string text, IReadOnlyList<string> secrets)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(secrets);
        foreach (var secret in secrets)
            text = text.Replace(secret, Mark, StringComparison.Ordinal);
        return text;
    }

    // A base64 credential, decoded: the password of AUTH PLAIN ("identity\0user\0password") or the line of AUTH LOGIN
    // (a user name or a password), if it is text a program could print.
    private static IEnumerable<string> Decoded(string sent)
    {
        var bytes = new byte[sent.Length];
        if (!Convert.TryFromBase64String(sent, bytes, out var length))
            return [];
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(bytes, 0, length);
        }
        catch (DecoderFallbackException)
        {
            return [];
        }
        var parts = text.Split('\0');
        var secret = parts.Length == 3 ? parts[2] : text;
        return secret.Length >= ShortestDecoded && !secret.Any(char.IsControl) ? [secret] : [];
    }
}
