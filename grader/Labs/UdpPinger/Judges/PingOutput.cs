using System.Globalization;
using System.Text.RegularExpressions;

namespace Grader.Labs.UdpPinger.Judges;

/// <summary>
/// Reads what a ping client printed, as students write it, by what each line means rather than its exact words: one
/// line per ping, either a timeout (any line that says the ping timed out or got no reply, such as <c>Request timed
/// out</c>, <c>Request 5 timed out</c>, <c>Ping 5: request timed out</c>, <c>Timeout</c> or <c>Ping 5 lost</c>, in any
/// case, as long as nothing on it reads as a reply or an RTT) or an RTT (after a word such as <c>RTT</c>, <c>time</c>
/// or <c>delay</c>, or with a unit, <c>s</c>, <c>ms</c>, <c>µs</c>, or as <c>0:00:00.120</c>), the server's reply
/// printed on the same line or its own; then, optionally, statistics lines (minimum, average and maximum RTT, loss).
/// </summary>
public static partial class PingOutput
{
    private const int SecondsPerHour = 3600;
    private const int SecondsPerMinute = 60;

    // A loss rate no greater than this is a fraction of the pings; a greater one, a percentage.
    private const double WholeShare = 1;

    /// <summary>
    /// Reads <paramref name="output"/>. <paramref name="echoed"/> are the pings and replies that went over the wire,
    /// which a client prints and whose numbers (the time in a ping) are not RTTs.
    /// </summary>
    public static PingOutputReading Read(string output, IEnumerable<string> echoed)
    {
        ArgumentNullException.ThrowIfNull(output);
        var echoes = echoed.Select(e => e.Trim()).Where(e => e.Length > 0).OrderByDescending(e => e.Length).ToList();
        var outcomes = new List<PrintedOutcome>();
        var statistics = new List<string>();
        foreach (var raw in output.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0)
                continue;
            var (rest, hadEcho) = WithoutEchoes(line, echoes);
            if (IsStatistics(rest))
                statistics.Add(rest);
            else if (SaysTimedOut(rest))
            {
                // "timed out after 1 s" gives the wait, not a round trip.
                var withoutWait = TimeoutWait().Replace(rest, " ");
                outcomes.Add(
                    ReadsAsReply(withoutWait)
                        ? new PrintedOutcome(line, false, RttOf(withoutWait, hadEcho))
                        : new PrintedOutcome(line, true, null)
                );
            }
            else if (RttOf(rest, hadEcho) is { } rtt)
                outcomes.Add(new PrintedOutcome(line, false, rtt));
        }
        return new PingOutputReading(outcomes, statistics.Count > 0 ? ReadStatistics(statistics) : null);
    }

    /// <summary>
    /// The time in <paramref name="text"/>: the first after a word that names one (<c>RTT</c>, <c>round trip</c>,
    /// <c>time</c>, <c>delay</c>, <c>took</c>, <c>elapsed</c>, <c>latency</c>), else the first with a unit, else, when
    /// the line held a ping or reply or is a number alone, the first number left; null when there is none.
    /// </summary>
    public static PrintedDuration? RttOf(string text, bool hadEcho)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (
            RttWord().Match(text) is { Success: true } word
            && DurationAfter(text, word.Index + word.Length, false) is { } named
        )
            return named;
        return DurationAfter(text, 0, requireUnit: true)
            ?? (
                hadEcho || Number().Match(text.Trim()) is { Success: true } whole && whole.Length == text.Trim().Length
                    ? DurationAfter(text, 0, false)
                    : null
            );
    }

    /// <summary>
    /// Whether <paramref name="line"/> (the echoed pings and replies taken out) says that its ping timed out: it says
    /// timed out, timeout, no reply or lost, in any case and with any sequence number or other words around them, and
    /// nothing on it reads as a reply or an RTT (a time with its unit, other than the wait in <c>timed out after 1
    /// s</c>; <c>RTT</c>, <c>round trip</c>, <c>time=</c>, <c>Reply from</c>).
    /// </summary>
    public static bool IsTimeout(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return SaysTimedOut(line) && !ReadsAsReply(TimeoutWait().Replace(line, " "));
    }

    private static bool SaysTimedOut(string text) => TimeoutWord().IsMatch(text);

    // A time with its unit, a clock time, or a word that names a reply or a round trip.
    private static bool ReadsAsReply(string text) =>
        ReplyWord().IsMatch(text)
        || ClockTime().IsMatch(text)
        || Number().Matches(text).Any(m => m.Groups["unit"].Success);

    private static (string Text, bool HadEcho) WithoutEchoes(string line, List<string> echoes)
    {
        var rest = line;
        foreach (var echo in echoes)
            rest = rest.Replace(echo, " ", StringComparison.OrdinalIgnoreCase);
        return (rest, rest != line);
    }

    // A summary: minimum, average, maximum; a loss with its share or count; timeouts counted ("3 requests timed out,
    // 30%"), not one ping's ("Request 5 of 10 timed out").
    private static bool IsStatistics(string line) =>
        StatisticsWord().IsMatch(line)
        || (LossWord().IsMatch(line) && (line.Contains('%', StringComparison.Ordinal) || LossDetail().IsMatch(line)))
        || (
            TimeoutWord().IsMatch(line)
            && (line.Contains('%', StringComparison.Ordinal) || TimeoutsCounted().IsMatch(line))
        );

    // The first time at or after `from`: a clock time (0:00:00.120) or a number, with a unit if `requireUnit`.
    private static PrintedDuration? DurationAfter(string text, int from, bool requireUnit)
    {
        var clock = ClockTime().Match(text, from);
        var number = Number().Match(text, from);
        while (number.Success && requireUnit && !number.Groups["unit"].Success)
            number = number.NextMatch();
        if (clock.Success && (!number.Success || clock.Index <= number.Index))
            return FromClock(clock);
        return number.Success ? FromNumber(number) : null;
    }

    private static PrintedDuration FromClock(Match clock)
    {
        var seconds = ParseNumber(clock.Groups["s"].Value, out var halfStep);
        var value =
            (int.Parse(clock.Groups["h"].Value, CultureInfo.InvariantCulture) * SecondsPerHour)
            + (int.Parse(clock.Groups["m"].Value, CultureInfo.InvariantCulture) * SecondsPerMinute)
            + seconds;
        return new PrintedDuration(value, DurationUnit.Seconds, halfStep, clock.Value);
    }

    private static PrintedDuration FromNumber(Match number)
    {
        var value = ParseNumber(number.Groups["n"].Value, out var halfStep);
        var unit = number.Groups["unit"].Success ? UnitOf(number.Groups["unit"].Value) : DurationUnit.None;
        return new PrintedDuration(value, unit, halfStep, number.Value.Trim());
    }

    private static DurationUnit UnitOf(string unit) =>
        unit.ToLowerInvariant() switch
        {
            var u when u.StartsWith("mi", StringComparison.Ordinal) && u.Contains("cro", StringComparison.Ordinal) =>
                DurationUnit.Microseconds,
            "us" or "µs" or "μs" => DurationUnit.Microseconds,
            var u when u.StartsWith('m') => DurationUnit.Milliseconds,
            _ => DurationUnit.Seconds,
        };

    /// <summary>A printed number and half its last digit's place (0.005 for <c>0.12</c>, 0.5e-5 for
    /// <c>1.2e-05</c>).</summary>
    internal static double ParseNumber(string number, out double halfStep)
    {
        var value = double.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture);
        var mantissa = number.Split('e', 'E')[0];
        var exponent =
            number.Length > mantissa.Length
                ? int.Parse(
                    number[(mantissa.Length + 1)..],
                    NumberStyles.AllowLeadingSign,
                    CultureInfo.InvariantCulture
                )
                : 0;
        var decimals = mantissa.Contains('.', StringComparison.Ordinal)
            ? mantissa.Length - mantissa.IndexOf('.', StringComparison.Ordinal) - 1
            : 0;
        halfStep = 0.5 * Math.Pow(10, exponent - decimals);
        return value;
    }

    private static PrintedStatistics ReadStatistics(List<string> lines)
    {
        PrintedDuration? min = null,
            avg = null,
            max = null;
        PrintedLoss? loss = null;
        foreach (var line in lines)
        {
            if (Slashed().Match(line) is { Success: true } slashed)
            {
                var names = slashed.Groups["names"].Value.Split('/');
                var values = slashed.Groups["values"].Value.Split('/');
                var unit = slashed.Groups["unit"].Success ? UnitOf(slashed.Groups["unit"].Value) : DurationUnit.None;
                for (var i = 0; i < Math.Min(names.Length, values.Length); i++)
                {
                    var value = ParseNumber(values[i], out var halfStep);
                    var duration = new PrintedDuration(
                        value,
                        unit,
                        halfStep,
                        values[i] + (slashed.Groups["unit"].Success ? " " + slashed.Groups["unit"].Value : "")
                    );
                    Assign(names[i], duration, ref min, ref avg, ref max);
                }
            }
            else
            {
                var labels = StatisticLabel().Matches(line);
                for (var i = 0; i < labels.Count; i++)
                {
                    var end = i + 1 < labels.Count ? labels[i + 1].Index : line.Length;
                    if (DurationAfter(line[..end], labels[i].Index + labels[i].Length, false) is { } duration)
                        Assign(labels[i].Value, duration, ref min, ref avg, ref max);
                }
            }
            if (LossWord().IsMatch(line) || TimeoutWord().IsMatch(line))
                loss ??= LossOf(line);
        }
        return new PrintedStatistics(min, avg, max, loss, lines);
    }

    private static void Assign(
        string label,
        PrintedDuration duration,
        ref PrintedDuration? min,
        ref PrintedDuration? avg,
        ref PrintedDuration? max
    )
    {
        var name = label.ToLowerInvariant();
        if (name.StartsWith("min", StringComparison.Ordinal))
            min ??= duration;
        else if (name.StartsWith("max", StringComparison.Ordinal))
            max ??= duration;
        else if (name is "avg" or "average" or "mean")
            avg ??= duration;
    }

    private static PrintedLoss? LossOf(string line)
    {
        if (Percent().Match(line) is { Success: true } percent)
            return Loss(percent.Groups["n"].Value, LossForm.Percent, percent.Value);
        if (OutOf().Match(line) is { Success: true } outOf)
            return Loss(outOf.Groups["n"].Value, LossForm.Count, outOf.Value);
        if (Rate().Match(line) is { Success: true } rate)
        {
            var text = rate.Groups["n"].Value;
            return Loss(text, ParseNumber(text, out _) <= WholeShare ? LossForm.Fraction : LossForm.Percent, text);
        }
        return LostCount().Match(line) is { Success: true } count
            ? Loss(
                count.Groups["n"].Success ? count.Groups["n"].Value : count.Groups["m"].Value,
                LossForm.Count,
                count.Value
            )
            : null;
    }

    private static PrintedLoss Loss(string number, LossForm form, string text) =>
        new(ParseNumber(number, out var halfStep), form, halfStep, text.Trim());

    private const string NumberPattern = @"(?<![\w.])(?<n>\d+\.?\d*(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?)(?!\.?\d)";

    private const string UnitPattern =
        @"(?<unit>milliseconds?|millisecs?|msecs?|ms|microseconds?|microsecs?|µs|μs|us|seconds?|secs?|s)(?![\p{L}])";

    [GeneratedRegex(
        @"\btimed?[\s-]*out\b|\btimeouts?\b|\bno\s+(?:reply|response|answer)\b|\blost\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex TimeoutWord();

    // The wait a timeout line may give: "timed out after 1 s", "timeout = 1 s", "(waited 1.0 s)", "1 s timeout".
    [GeneratedRegex(
        @"(?:\btimed?[\s-]*out\s+after|\btimeout\s*(?:of|=|:|after|\()|\bafter\s+waiting|\bwaited)\s*(?:for\s+)?"
            + NumberPattern
            + @"\s*"
            + UnitPattern
            + "|"
            + NumberPattern
            + @"\s*"
            + UnitPattern
            + @"\s*(?:timeout|time[\s-]*out)\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex TimeoutWait();

    // What makes a line read as a reply or its RTT, not as a timeout ("no reply from the server" is a timeout).
    [GeneratedRegex(
        @"\brtt\b|\bround[\s-]*trip\b|\btime\s*[=:]|\blatency\b|(?<!\bno\s+)\b(?:reply|response|answer)\s+from\b|\bbytes\s+from\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex ReplyWord();

    [GeneratedRegex(@"\brate\b|\b(?:requests|pings|packets|timeouts)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TimeoutsCounted();

    [GeneratedRegex(@"\b(?:min(?:imum)?|max(?:imum)?|avg|average|mean|statistics)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StatisticsWord();

    [GeneratedRegex(@"\b(?:loss|lost)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LossWord();

    [GeneratedRegex(@"\brate\b|\bpackets\b|\d+\s*(?:/|out\s+of|of)\s*\d+", RegexOptions.IgnoreCase)]
    private static partial Regex LossDetail();

    [GeneratedRegex(
        @"\b(?:rtt|round[\s-]*trip(?:[\s-]*time)?|time|delay|took|elapsed|latency)\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex RttWord();

    [GeneratedRegex(NumberPattern + @"(?:\s*" + UnitPattern + ")?", RegexOptions.IgnoreCase)]
    private static partial Regex Number();

    [GeneratedRegex(@"(?<![\d:])(?<h>\d+):(?<m>[0-5]\d):(?<s>[0-5]\d(?:\.\d+)?)(?![\d:])")]
    private static partial Regex ClockTime();

    [GeneratedRegex(
        @"(?<names>(?:min|avg|max|mdev|stddev)(?:/(?:min|avg|max|mdev|stddev))+)[^\d\n]*?(?<values>\d+(?:\.\d+)?(?:/\d+(?:\.\d+)?)+)\s*(?<unit>ms|s)?\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex Slashed();

    [GeneratedRegex(@"\b(?:min(?:imum)?|max(?:imum)?|avg|average|mean)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StatisticLabel();

    [GeneratedRegex(@"(?<n>\d+(?:\.\d+)?)\s*%")]
    private static partial Regex Percent();

    [GeneratedRegex(@"(?<n>\d+)\s*(?:/|out\s+of|of)\s*\d+", RegexOptions.IgnoreCase)]
    private static partial Regex OutOf();

    [GeneratedRegex(@"\brate\b\D{0,20}?(?<n>\d+(?:\.\d+)?)", RegexOptions.IgnoreCase)]
    private static partial Regex Rate();

    [GeneratedRegex(@"\blost\b\D{0,20}?(?<n>\d+)|(?<m>\d+)\D{0,20}?\blost\b", RegexOptions.IgnoreCase)]
    private static partial Regex LostCount();
}
