using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Grader.Labs.MailClient.Tls;

/// <summary>
/// A JVM trust store in the JKS format, which every JDK reads: one trusted-certificate entry per authority. (A PKCS#12
/// store of certificates alone, as .NET writes it, is read by the JVM as empty: it lacks the JDK's own attribute that
/// marks an entry trusted.)
/// </summary>
internal static class JavaTrustStore
{
    private const int Magic = unchecked((int)0xFEEDFEED);
    private const int Version = 2;
    private const int TrustedCertificateEntry = 2;

    /// <summary>The store's bytes, holding <paramref name="authorities"/>, its integrity keyed by <paramref
    /// name="password"/>.</summary>
    public static byte[] Write(X509Certificate2Collection authorities, string password)
    {
        ArgumentNullException.ThrowIfNull(authorities);
        ArgumentNullException.ThrowIfNull(password);
        using var body = new MemoryStream();
        WriteInt(body, Magic);
        WriteInt(body, Version);
        WriteInt(body, authorities.Count);
        Span<byte> time = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(time, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        for (var i = 0; i < authorities.Count; i++)
        {
            WriteInt(body, TrustedCertificateEntry);
            WriteUtf(body, $"authority-{i}");
            body.Write(time);
            WriteUtf(body, "X.509");
            var der = authorities[i].RawData;
            WriteInt(body, der.Length);
            body.Write(der);
        }
        // The JDK's integrity check: SHA-1 over the password (UTF-16BE), the words "Mighty Aphrodite", and the store.
        var keyed = Encoding
            .BigEndianUnicode.GetBytes(password)
            .Concat(Encoding.UTF8.GetBytes("Mighty Aphrodite"))
            .Concat(body.ToArray())
            .ToArray();
#pragma warning disable CA5350 // the format's own digest, an integrity check of a file holding no secret
        var digest = SHA1.HashData(keyed);
#pragma warning restore CA5350
        body.Write(digest);
        return body.ToArray();
    }

    private static void WriteInt(Stream stream, int value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(bytes, value);
        stream.Write(bytes);
    }

    private static void WriteUtf(Stream stream, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        Span<byte> length = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(length, (ushort)bytes.Length);
        stream.Write(length);
        stream.Write(bytes);
    }
}
