using System.Globalization;

namespace Reference.Pinger;

/// <summary>The pings sent and the round-trip times of the replies, summed up in one line at the end.</summary>
public sealed class PingStatistics
{
    private readonly List<TimeSpan> roundTrips = [];

    /// <summary>How many pings have been sent.</summary>
    public int Sent { get; private set; }

    /// <summary>How many pings have had their reply.</summary>
    public int Received => roundTrips.Count;

    /// <summary>Counts one more ping sent.</summary>
    public void RecordSent() => Sent++;

    /// <summary>Counts the reply to a ping, which took <paramref name="roundTrip"/>.</summary>
    /// <param name="roundTrip">The time from sending the ping to receiving its reply.</param>
    public void RecordReply(TimeSpan roundTrip) => roundTrips.Add(roundTrip);

    /// <summary>
    /// The summary line: <c>Sent 10, received 7, lost 3 (30% loss); RTT min 0.000102 s, avg 0.000211 s, max 0.000350
    /// s</c>, or <c>...; no RTT (no replies)</c>.
    /// </summary>
    /// <returns>The line, without its line end.</returns>
    public string Summary()
    {
        var lost = Sent - Received;
        var percent = Sent == 0 ? 0 : lost * 100.0 / Sent;
        var counts = string.Create(
            CultureInfo.InvariantCulture,
            $"Sent {Sent}, received {Received}, lost {lost} ({percent:0.#}% loss)"
        );
        if (Received == 0)
        {
            return $"{counts}; no RTT (no replies)";
        }

        var minimum = roundTrips.Min().TotalSeconds;
        var average = roundTrips.Average(roundTrip => roundTrip.TotalSeconds);
        var maximum = roundTrips.Max().TotalSeconds;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{counts}; RTT min {minimum:F6} s, avg {average:F6} s, max {maximum:F6} s"
        );
    }

    /// <summary>A round-trip time as the pinger prints it: seconds with six decimals.</summary>
    /// <param name="roundTrip">The time.</param>
    /// <returns>For instance <c>0.000213</c>.</returns>
    public static string Seconds(TimeSpan roundTrip) =>
        roundTrip.TotalSeconds.ToString("F6", CultureInfo.InvariantCulture);
}
