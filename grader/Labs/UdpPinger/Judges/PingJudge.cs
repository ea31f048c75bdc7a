using System.Globalization;
using System.Text;
using Grader.Checks;
using Grader.Probes;

namespace Grader.Labs.UdpPinger.Judges;

/// <summary>
/// Judges a ping client's run against what the probe server did: how many pings it sent and how (format, sequence
/// numbers, one at a time, a second's wait for a lost one), and what it printed for each (exactly the dropped ones
/// timed out, an RTT that fits the probe's hold for the others, the reply); its statistics apart. Each fault is one
/// sentence; which of them a grade requires is the rubric's choice (<see cref="PingerHandout"/>).
/// </summary>
public static class PingJudge
{
    private const int ShownChars = 60;

    // A printed RTT this large, in seconds, is a time of day (seconds since 1970), not a difference of two times.
    private const double TimeStampSeconds = 1e8;

    /// <summary>Judges <paramref name="run"/>, within <paramref name="tolerances"/> (by default
    /// <see cref="PingTolerances.Default"/>).</summary>
    public static PingVerdict Judge(PingRun run, PingTolerances? tolerances = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        var within = tolerances ?? PingTolerances.Default;
        var findings = new List<Finding<PingFault>>();
        var reading = PingOutput.Read(run.Output, run.Pings.SelectMany(Echoes));
        if (run.Pings.Count == 0)
        {
            findings.Add(
                new Finding<PingFault>(
                    PingFault.NoPings,
                    run.ExitedAt is null
                        ? "the client sent no ping to the server before the grader stopped it"
                        : "the client sent no ping to the server and exited"
                )
            );
            return new PingVerdict(findings, reading.Outcomes, new PingStatisticsVerdict(reading.Statistics, []));
        }
        JudgeCount(run, within, findings);
        JudgeFormat(run, findings);
        JudgePacing(run, within, findings);
        var rtts = JudgeOutput(run, reading, within, findings);
        var statistics = PingStatisticsJudge.Judge(reading, rtts, run, within);
        return new PingVerdict(findings, reading.Outcomes, statistics);
    }

    /// <summary>Whether <paramref name="rtt"/>, read in <paramref name="unit"/>, fits a reply held for
    /// <paramref name="delay"/>, up to <paramref name="allowance"/> later than the tolerances say (<see
    /// cref="ServedPing.Allowance"/>).</summary>
    public static bool Fits(
        PrintedDuration rtt,
        DurationUnit unit,
        TimeSpan delay,
        PingTolerances tolerances,
        TimeSpan allowance = default
    )
    {
        ArgumentNullException.ThrowIfNull(rtt);
        ArgumentNullException.ThrowIfNull(tolerances);
        var seconds = rtt.Seconds(unit);
        var rounding = rtt.HalfStepSeconds(unit);
        var held = delay.TotalSeconds;
        return seconds >= held - rounding - tolerances.ClockGranularity.TotalSeconds
            && seconds <= held + (tolerances.LateSlack + allowance).TotalSeconds + rounding;
    }

    private static IEnumerable<string> Echoes(ServedPing ping)
    {
        yield return Encoding.UTF8.GetString(ping.Datagram);
        if (ping.Reply is { } reply)
            yield return Encoding.UTF8.GetString(reply);
    }

    private static void JudgeCount(PingRun run, PingTolerances within, List<Finding<PingFault>> findings)
    {
        var sent = run.Pings.Count;
        var expected = run.Plan.Count;
        if (sent > expected)
            findings.Add(
                new Finding<PingFault>(PingFault.TooManyPings, $"the client sent {Pings(sent)}, not {expected}")
            );
        if (sent >= expected)
            return;
        var last = run.Pings[^1];
        var why = (last.Dropped, run.ExitedAt) switch
        {
            (true, null) =>
                $": after ping {sent}, which the server dropped, it waited for a reply until the grader stopped it; give up on a ping after {Seconds(within.Timeout)} (a timeout on the socket)",
            (_, null) => ", and then sent nothing more until the grader stopped it",
            _ => ", and exited",
        };
        findings.Add(
            new Finding<PingFault>(PingFault.TooFewPings, $"the client sent {Pings(sent)}, not {expected}{why}")
        );
    }

    private static void JudgeFormat(PingRun run, List<Finding<PingFault>> findings)
    {
        var parsed = run.Pings.Select(p => (p.Position, Parse: PingMessage.Parse(p.Datagram))).ToList();
        var wrong = parsed.Where(p => p.Parse.Problem is not null).ToList();
        if (wrong.Count > 0)
        {
            var others = wrong.Count > 1 ? $", and {wrong.Count - 1} more like it" : "";
            findings.Add(
                new Finding<PingFault>(
                    PingFault.WrongFormat,
                    $"{wrong[0].Parse.Problem} (ping {wrong[0].Position}{others})"
                )
            );
        }
        var numbered = parsed.Where(p => p.Parse.Message is not null).ToList();
        if (numbered.Count == 0 || numbered.All(p => p.Parse.Message!.Sequence == p.Position))
            return;
        var count = run.Plan.Count;
        string message;
        if (numbered.All(p => p.Parse.Message!.Sequence == p.Position - 1))
            message =
                $"the pings were numbered from 0 to {run.Pings.Count - 1}, not from 1 to {run.Pings.Count}: the handout numbers them 1 to {count}";
        else if (
            numbered.Count > 1
            && numbered.All(p => p.Parse.Message!.Sequence == numbered[0].Parse.Message!.Sequence)
        )
            message =
                $"every ping was numbered {numbered[0].Parse.Message!.Sequence}: number them 1 to {count}, in the order they are sent";
        else
        {
            var first = numbered.First(p => p.Parse.Message!.Sequence != p.Position);
            message =
                $"ping {first.Position} was numbered {first.Parse.Message!.Sequence}, expected {first.Position}: number them 1 to {count}, in the order they are sent";
        }
        findings.Add(new Finding<PingFault>(PingFault.WrongSequence, message));
    }

    private static void JudgePacing(PingRun run, PingTolerances within, List<Finding<PingFault>> findings)
    {
        var pings = run.Pings;
        var early = new List<string>();
        var tooShort = new List<string>();
        var tooLong = new List<string>();
        for (var i = 0; i < pings.Count; i++)
        {
            var ping = pings[i];
            var number = ping.Position;
            var nextAt =
                i + 1 < pings.Count ? pings[i + 1].ArrivedAt
                : ping.Dropped ? run.ExitedAt
                : null;
            if (nextAt is not { } next)
                continue;
            var then = i + 1 < pings.Count ? $"sent ping {pings[i + 1].Position}" : "exited";
            var gap = next - ping.ArrivedAt;
            if (!ping.Dropped)
            {
                if (ping.RepliedAt is { } replied && next < replied && i + 1 < pings.Count)
                    early.Add(
                        $"the client sent ping {pings[i + 1].Position} {Millis(gap)} after ping {number}, before the server's reply to ping {number}, which came after {Millis(ping.Delay)}: wait for each reply, or for the timeout, before sending the next ping"
                    );
            }
            else if (gap < within.Timeout - within.EarlySlack)
                tooShort.Add(
                    $"the client {then} {Seconds(gap)} after ping {number}, which got no reply: wait a whole {Seconds(within.Timeout)} for a reply before giving up on a ping"
                );
            else if (gap > within.Timeout + within.LateSlack + ping.Allowance)
                tooLong.Add(
                    $"the client waited {Seconds(gap)} after ping {number}, which got no reply, before it {then}: give up on a ping after {Seconds(within.Timeout)} (a timeout on the socket)"
                );
        }
        AddFirst(findings, PingFault.SentBeforeReply, early);
        AddFirst(findings, PingFault.TimeoutTooShort, tooShort);
        AddFirst(findings, PingFault.TimeoutTooLong, tooLong);
    }

    // Judges each printed result against the ping it reports; returns the RTTs printed for answered pings, in seconds,
    // with their rounding and the unit they were read in, for the statistics.
    private static List<PrintedRtt> JudgeOutput(
        PingRun run,
        PingOutputReading reading,
        PingTolerances within,
        List<Finding<PingFault>> findings
    )
    {
        var pings = run.Pings;
        var outcomes = reading.Outcomes;
        if (outcomes.Count != pings.Count)
        {
            var rtts = outcomes.Count(o => !o.TimedOut);
            var timeouts = outcomes.Count(o => o.TimedOut);
            findings.Add(
                new Finding<PingFault>(
                    PingFault.ResultsMiscounted,
                    $"the client printed {Count(rtts, "RTT", "RTTs")} and {Count(timeouts, "timeout", "timeouts")} for {Pings(pings.Count)}: print one line per ping, its reply and RTT or that it timed out (`Request timed out`)"
                )
            );
        }
        var forDropped = new List<string>();
        var forAnswered = new List<string>();
        var inconsistent = new List<string>();
        var printed = new List<PrintedRtt>();
        for (var i = 0; i < Math.Min(pings.Count, outcomes.Count); i++)
        {
            var (ping, outcome) = (pings[i], outcomes[i]);
            var line = Quote(outcome.Line);
            if (ping.Dropped && !outcome.TimedOut)
                forDropped.Add(
                    $"the server dropped ping {ping.Position}, yet the client printed {line} for it, which reads as a reply or an RTT, not as a timeout such as `Request timed out`"
                );
            else if (!ping.Dropped && outcome.TimedOut && ping.RepliedAt is not null)
                forAnswered.Add(
                    $"the server answered ping {ping.Position} after {Millis(ping.Delay)}, well within the second, yet the client printed {line} for it"
                );
            else if (!ping.Dropped && outcome.Rtt is { } rtt && ping.RepliedAt is not null)
            {
                var unit = rtt.PossibleUnits.FirstOrDefault(
                    u => Fits(rtt, u, ping.Delay, within, ping.Allowance),
                    DurationUnit.None
                );
                if (unit == DurationUnit.None)
                    inconsistent.Add(WhyRttWrong(ping, rtt, within));
                var readAs = unit == DurationUnit.None ? rtt.PossibleUnits[0] : unit;
                printed.Add(new PrintedRtt(rtt.Seconds(readAs), rtt.HalfStepSeconds(readAs), readAs));
            }
        }
        AddFirst(findings, PingFault.RttForDropped, forDropped);
        AddFirst(findings, PingFault.TimeoutForAnswered, forAnswered);
        AddFirst(findings, PingFault.RttInconsistent, inconsistent);
        JudgeReplies(run, findings);
        if (outcomes.FirstOrDefault(o => o.Rtt is { Unit: DurationUnit.None }) is { } bare)
            findings.Add(
                new Finding<PingFault>(
                    PingFault.RttWithoutUnit,
                    $"the client printed the RTT `{bare.Rtt!.Text}` with no unit: say whether it is in seconds (`s`) or milliseconds (`ms`)"
                )
            );
        return printed;
    }

    private static void JudgeReplies(PingRun run, List<Finding<PingFault>> findings)
    {
        foreach (var ping in run.Pings.Where(p => p.Reply is not null))
        {
            var reply = Encoding.UTF8.GetString(ping.Reply!).Trim();
            if (reply.Length > 0 && !run.Output.Contains(reply, StringComparison.OrdinalIgnoreCase))
            {
                findings.Add(
                    new Finding<PingFault>(
                        PingFault.ReplyNotPrinted,
                        $"the client did not print the server's reply {Quote(reply)} to ping {ping.Position}: print each reply it receives"
                    )
                );
                return;
            }
        }
    }

    private static string WhyRttWrong(ServedPing ping, PrintedDuration rtt, PingTolerances within)
    {
        var stated = rtt.PossibleUnits[0];
        var seconds = rtt.Seconds(stated);
        var printed = $"the client printed the RTT `{rtt.Text}` for ping {ping.Position}";
        var held = Millis(ping.Delay);
        if (seconds < ping.Delay.TotalSeconds)
            return $"{printed}, less than the {held} the server held its reply: start the clock just before sending the ping and stop it when the reply arrives";
        if (
            rtt.Unit == DurationUnit.Seconds
            && Fits(rtt, DurationUnit.Milliseconds, ping.Delay, within, ping.Allowance)
        )
            return $"{printed}, which the server answered after {held}: the number is in milliseconds but labelled as seconds";
        if (
            rtt.Unit == DurationUnit.Milliseconds
            && Fits(rtt, DurationUnit.Seconds, ping.Delay, within, ping.Allowance)
        )
            return $"{printed}, which the server answered after {held}: the number is in seconds but labelled as milliseconds";
        if (seconds > TimeStampSeconds)
            return $"{printed}, which the server answered after {held}: that is a time stamp, not the time between sending the ping and receiving its reply";
        return $"{printed}, but the server answered it after {held}: the RTT is the time between sending the ping and receiving its reply";
    }

    private static void AddFirst(List<Finding<PingFault>> findings, PingFault fault, List<string> messages)
    {
        if (messages.Count == 0)
            return;
        var more = messages.Count > 1 ? $" ({messages.Count} times in all)" : "";
        findings.Add(new Finding<PingFault>(fault, messages[0] + more));
    }

    private static string Pings(int count) => Count(count, "ping", "pings");

    private static string Count(int count, string one, string many) =>
        count == 0 ? $"no {one}" : $"{count.ToString(CultureInfo.InvariantCulture)} {(count == 1 ? one : many)}";

    internal static string Seconds(TimeSpan time) =>
        $"{time.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s";

    internal static string Seconds(double seconds) => $"{seconds.ToString("0.000", CultureInfo.InvariantCulture)} s";

    private static string Millis(TimeSpan time) =>
        $"{time.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms";

    internal static string Quote(string text) => $"`{WireText.Show(text.Trim(), ShownChars)}`";
}
