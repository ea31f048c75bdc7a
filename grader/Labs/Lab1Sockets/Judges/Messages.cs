using System.Text;

namespace Grader.Labs.Lab1Sockets.Judges;

/// <summary>Messages the probes send: readable, distinct per client, of any size.</summary>
public static class Messages
{
    private static readonly string[] Words =
    [
        "alpha",
        "bravo",
        "charlie",
        "delta",
        "echo",
        "foxtrot",
        "golf",
        "hotel",
        "india",
        "juliet",
    ];

    /// <summary>A distinct message for client <paramref name="number"/> of <paramref name="count"/>.</summary>
    public static string ForClient(int number, int count, string? prefix = null) =>
        $"{prefix ?? "client"} {number:00} of {count}: {Words[(number - 1) % Words.Length]}";

    /// <summary>ASCII text of exactly <paramref name="bytes"/> bytes, so it never ends inside a multi-byte
    /// character.</summary>
    public static string OfSize(int bytes)
    {
        const string pattern = "the quick brown fox jumps over the lazy dog 0123456789. ";
        var text = new StringBuilder(bytes);
        while (text.Length < bytes)
            text.Append(pattern);
        return text.ToString(0, bytes);
    }
}
