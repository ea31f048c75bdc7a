using System.Globalization;

namespace Reference.Pinger;

/// <summary>
/// The pinger's messages: <c>Ping &lt;sequence&gt; &lt;time&gt;</c>, and which reply answers which ping.
/// </summary>
public static class PingMessage
{
    /// <summary>The message of ping number <paramref name="sequence"/>, sent at <paramref name="sentAt"/>.</summary>
    /// <param name="sequence">The ping's number, from 1.</param>
    /// <param name="sentAt">Seconds since the epoch (<see cref="EpochSeconds.Now"/>).</param>
    /// <returns>For instance <c>Ping 1 1733912345.123456</c>.</returns>
    public static string For(int sequence, double sentAt) =>
        string.Create(CultureInfo.InvariantCulture, $"Ping {sequence} {EpochSeconds.Format(sentAt)}");

    /// <summary>
    /// Whether <paramref name="reply"/> answers ping number <paramref name="sequence"/>: its first two words are
    /// <c>Ping</c>, in any case, and that number. A late reply to an earlier ping does not.
    /// </summary>
    /// <param name="reply">A datagram from the server, as text.</param>
    /// <param name="sequence">The number of the ping waiting for its reply.</param>
    /// <returns>Whether the reply belongs to that ping.</returns>
    public static bool IsReplyTo(string reply, int sequence)
    {
        var words = reply.Split(' ', 3);
        return words.Length >= 2
            && words[0].Equals("Ping", StringComparison.OrdinalIgnoreCase)
            && words[1] == sequence.ToString(CultureInfo.InvariantCulture);
    }
}
