using System.Globalization;
using System.Text;
using Grader.Labs.UdpPinger.Judges;

namespace Grader.Tests.Labs.UdpPinger;

/// <summary>
/// A ping client simulated against a plan, with no socket: what the probe would record and what the client would print.
/// By default the handout's client (ten pings numbered 1 to 10, a one-second timeout, the reply and the RTT in seconds
/// printed, then statistics); each property changes one habit.
/// </summary>
internal sealed record SimulatedClient(PingPlan Plan)
{
    private static readonly TimeSpan Work = TimeSpan.FromMilliseconds(2);
    private const double StartOfTime = 1_700_000_000;

    public int Count { get; init; } = PingPlan.HandoutCount;

    /// <summary>The wait for a reply; null for none (the client blocks on a lost ping until it is stopped).</summary>
    public TimeSpan? Timeout { get; init; } = TimeSpan.FromSeconds(1);

    public bool SendsAllAtOnce { get; init; }

    public Func<int, int> Numbering { get; init; } = k => k;

    public Func<int, double, string> Ping { get; init; } =
        (sequence, time) => $"Ping {sequence} {time.ToString("0.000000", CultureInfo.InvariantCulture)}";

    public Func<string, double, string> ReplyLine { get; init; } =
        (reply, rtt) =>
            $"Reply from 127.0.0.1: {reply}\nRTT: {rtt.ToString("0.000000", CultureInfo.InvariantCulture)} s";

    /// <summary>What it prints for a ping given up on, by its sequence number.</summary>
    public Func<int, string> TimeoutLine { get; init; } = _ => "Request timed out";

    public bool PrintsStatistics { get; init; } = true;

    /// <summary>Lines printed instead of the usual for some pings, by position.</summary>
    public IReadOnlyDictionary<int, string> Instead { get; init; } = new Dictionary<int, string>();

    public PingRun Run()
    {
        var pings = new List<ServedPing>();
        var output = new StringBuilder();
        var rtts = new List<double>();
        var lost = 0;
        var now = TimeSpan.Zero;
        for (var k = 1; k <= Count; k++)
        {
            var ping = Ping(Numbering(k), StartOfTime + now.TotalSeconds);
            var fate = Plan.FateOf(k);
            var repliedAt = fate.Dropped ? (TimeSpan?)null : now + fate.Delay;
            var reply = fate.Dropped ? null : Encoding.ASCII.GetBytes(ping.ToUpperInvariant());
            pings.Add(new ServedPing(k, now, Encoding.ASCII.GetBytes(ping), fate.Dropped, repliedAt, reply));
            string line;
            if (!fate.Dropped && (Timeout is null || fate.Delay < Timeout))
            {
                var rtt = fate.Delay + Work;
                rtts.Add(rtt.TotalSeconds);
                line = ReplyLine(ping.ToUpperInvariant(), rtt.TotalSeconds);
                now = SendsAllAtOnce ? now + Work : now + rtt + Work;
            }
            else if (Timeout is { } timeout)
            {
                lost++;
                line = TimeoutLine(Numbering(k));
                now = SendsAllAtOnce ? now + Work : now + timeout + Work;
            }
            else
                return new PingRun(Plan, pings, output.ToString(), null);
            output.Append(Instead.TryGetValue(k, out var instead) ? instead : line).Append('\n');
        }
        if (PrintsStatistics && rtts.Count > 0)
        {
            output.Append(
                CultureInfo.InvariantCulture,
                $"Min RTT: {rtts.Min():0.000000} s, Avg RTT: {rtts.Average():0.000000} s, Max RTT: {rtts.Max():0.000000} s\n"
            );
            output.Append(CultureInfo.InvariantCulture, $"Packet loss rate: {100.0 * lost / Count:0.0}%\n");
        }
        return new PingRun(Plan, pings, output.ToString(), now);
    }
}
