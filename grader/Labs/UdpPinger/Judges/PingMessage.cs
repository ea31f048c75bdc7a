using System.Globalization;
using System.Text;
using Grader.Probes;

namespace Grader.Labs.UdpPinger.Judges;

/// <summary>
/// A ping as the handout writes it, <c>Ping &lt;sequence&gt; &lt;time&gt;</c>: read in any case and with any spaces
/// between the parts, the time as whatever text the client chose (seconds since the epoch, a date).
/// </summary>
/// <param name="Sequence">The sequence number.</param>
/// <param name="Time">The time the client wrote, as text.</param>
public sealed record PingMessage(int Sequence, string Time)
{
    /// <summary>The form a ping takes, as messages show it.</summary>
    public const string Form = "`Ping <sequence> <time>`, such as `Ping 1 1700000000.123`";

    private const string Word = "Ping";
    private const int ShownChars = 60;
    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    /// <summary>Reads one datagram as a ping, or says precisely why it is not one.</summary>
    public static PingParse Parse(ReadOnlySpan<byte> datagram)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(datagram);
        }
        catch (DecoderFallbackException)
        {
            return Problem($"the datagram {Show(WireText.Show(datagram, ShownChars))} is not text");
        }
        var shown = $"the datagram {Show(text)}";
        var parts = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
            return Problem(text.Length == 0 ? "the datagram was empty" : $"{shown} holds only spaces");
        if (!parts[0].StartsWith(Word, StringComparison.OrdinalIgnoreCase))
            return Problem($"{shown} does not start with `{Word}`");
        if (parts[0].Length > Word.Length)
            return Problem(
                parts[0][Word.Length..].All(char.IsAsciiDigit)
                    ? $"{shown} has no space between `{Word}` and the sequence number"
                    : $"{shown} starts with `{parts[0]}`, not `{Word}` and a space"
            );
        if (parts.Length < 2)
            return Problem($"{shown} has no sequence number after `{Word}`");
        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
            return Problem($"{shown} has `{parts[1]}` where the sequence number should be");
        if (parts.Length < 3)
            return Problem($"{shown} has no time after the sequence number");
        var time = text.TrimStart()[parts[0].Length..].TrimStart()[parts[1].Length..].Trim();
        return new PingParse(new PingMessage(sequence, time), null);
    }

    private static PingParse Problem(string what) => new(null, $"{what}: expected {Form}");

    private static string Show(string text) => $"`{WireText.Show(text, ShownChars)}`";
}
