using System.Globalization;

namespace Reference.Pinger;

/// <summary>
/// Seconds since the Unix epoch, as Python's <c>time.time()</c> returns them and <c>print</c> shows them.
/// </summary>
public static class EpochSeconds
{
    /// <summary>The current time in seconds since 1970-01-01 UTC, with a fraction.</summary>
    /// <returns>The seconds, like <c>time.time()</c>.</returns>
    public static double Now() =>
        (DateTimeOffset.UtcNow - DateTimeOffset.UnixEpoch).Ticks / (double)TimeSpan.TicksPerSecond;

    /// <summary>
    /// Formats <paramref name="seconds"/> as Python's <c>str(float)</c> does for the values <c>time.time()</c> takes:
    /// the shortest digits that read back as the same number, and <c>.0</c> after a whole number
    /// (<c>1733912345.0</c>).
    /// </summary>
    /// <param name="seconds">A time in seconds since the epoch.</param>
    /// <returns>The text, such as <c>1733912345.123456</c>.</returns>
    public static string Format(double seconds)
    {
        // .NET's round-trip formatting picks the same shortest digits as Python's repr; only the whole number differs.
        var text = seconds.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.') || text.Contains('E') ? text : text + ".0";
    }
}
