using System.Text;

namespace Reference.Protocol;

/// <summary>
/// The servers' one transformation: decode a message as UTF-8, upper-case it, encode it again.
/// </summary>
public static class UpperCasing
{
    // Replacement (not exception) fallback: bytes that are not UTF-8 must never bring a server down.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>
    /// Returns <paramref name="message"/> upper-cased with <see cref="string.ToUpperInvariant()"/>; invalid UTF-8
    /// sequences become U+FFFD. Note that invariant upper-casing leaves <c>ß</c> as it is, where Python's
    /// <c>str.upper()</c> gives <c>SS</c>: both are accepted answers.
    /// </summary>
    /// <param name="message">The bytes the client sent.</param>
    /// <returns>The bytes of the reply.</returns>
    public static byte[] Apply(ReadOnlySpan<byte> message) => Utf8.GetBytes(Utf8.GetString(message).ToUpperInvariant());

    /// <summary>Decodes a reply for printing, with U+FFFD for invalid UTF-8 instead of an exception.</summary>
    /// <param name="reply">The bytes the server sent.</param>
    /// <returns>The reply as text.</returns>
    public static string Decode(ReadOnlySpan<byte> reply) => Utf8.GetString(reply);

    /// <summary>Encodes a sentence read from the console as the client sends it.</summary>
    /// <param name="sentence">The line read, without its newline.</param>
    /// <returns>The UTF-8 bytes to send.</returns>
    public static byte[] Encode(string sentence) => Utf8.GetBytes(sentence);
}
