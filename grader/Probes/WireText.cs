using System.Text;

namespace Grader.Probes;

/// <summary>Shows bytes from the wire as readable text: UTF-8, with newlines and other control characters
/// escaped.</summary>
public static class WireText
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    /// <summary>The bytes as text, at most <paramref name="maxChars"/> characters of it.</summary>
    public static string Show(ReadOnlySpan<byte> bytes, int maxChars = 160)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return $"<{bytes.Length} bytes, not UTF-8: {Convert.ToHexString(bytes[..Math.Min(bytes.Length, 24)])}{(bytes.Length > 24 ? "…" : "")}>";
        }
        return Show(text, maxChars);
    }

    /// <summary>Text as it appears in messages: in backticks, control characters escaped, at most 80 characters of
    /// it.</summary>
    public static string Quote(string text) => $"`{Show(text, 80)}`";

    /// <summary>The text with control characters escaped, at most <paramref name="maxChars"/> characters of
    /// it.</summary>
    public static string Show(string text, int maxChars = 160)
    {
        var shown = new StringBuilder();
        foreach (var c in text)
        {
            if (shown.Length >= maxChars)
            {
                shown.Append($"… ({text.Length} characters)");
                break;
            }
            shown.Append(
                c switch
                {
                    '\n' => "\\n",
                    '\r' => "\\r",
                    '\t' => "\\t",
                    _ when char.IsControl(c) => $"\\x{(int)c:x2}",
                    _ => c.ToString(),
                }
            );
        }
        return shown.ToString();
    }
}
