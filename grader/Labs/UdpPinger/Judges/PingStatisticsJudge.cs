using System.Globalization;
using Grader.Checks;

namespace Grader.Labs.UdpPinger.Judges;

/// <summary>
/// Judges a ping client's statistics (minimum, average and maximum RTT, loss) against its own printed results, so a
/// fault in the statistics is told apart from a fault in the RTTs; against the probe's holds when it printed no RTT.
/// </summary>
internal static class PingStatisticsJudge
{
    // A computed statistic printed to full precision may still differ from one recomputed from rounded RTTs.
    private const double ComputationSlackSeconds = 0.001;

    // A loss printed to full precision may still differ in its last digits from the exact share.
    private const double LossSlack = 1e-9;

    private const double Percent = 100;

    public static PingStatisticsVerdict Judge(
        PingOutputReading reading,
        IReadOnlyList<PrintedRtt> rtts,
        PingRun run,
        PingTolerances within
    )
    {
        var printed = reading.Statistics;
        if (printed is null || !printed.Any)
            return new PingStatisticsVerdict(
                printed,
                [
                    new Finding<PingFault>(
                        PingFault.StatisticsMissing,
                        "the client printed no statistics after its pings: the minimum, average and maximum RTT and the loss rate"
                    ),
                ]
            );
        var findings = new List<Finding<PingFault>>();
        var missing = new (string Name, object? Value)[]
        {
            ("minimum RTT", printed.Min),
            ("average RTT", printed.Avg),
            ("maximum RTT", printed.Max),
            ("loss rate", printed.Loss),
        }
            .Where(s => s.Value is null)
            .Select(s => s.Name)
            .ToList();
        if (missing.Count > 0)
            findings.Add(
                new Finding<PingFault>(
                    PingFault.StatisticsIncomplete,
                    $"the client's statistics give no {Join(missing)}"
                )
            );
        JudgeRtts(printed, rtts, run, within, findings);
        JudgeLoss(printed, reading, run, findings);
        return new PingStatisticsVerdict(printed, findings);
    }

    private static void JudgeRtts(
        PrintedStatistics printed,
        IReadOnlyList<PrintedRtt> rtts,
        PingRun run,
        PingTolerances within,
        List<Finding<PingFault>> findings
    )
    {
        var own = rtts.Count > 0;
        var values = own
            ? rtts.Select(r => r.Seconds).ToList()
            : run.Pings.Where(p => p.RepliedAt is not null).Select(p => p.Delay.TotalSeconds).ToList();
        if (values.Count == 0)
            return;
        var slack = own
            ? rtts.Max(r => r.Rounding) + ComputationSlackSeconds
            : (within.LateSlack + within.ClockGranularity).TotalSeconds;
        var unit = own ? rtts.GroupBy(r => r.Unit).OrderByDescending(g => g.Count()).First().Key : DurationUnit.Seconds;
        var of = own ? $"of the {values.Count} RTTs it printed" : $"of the server's {values.Count} holds";
        Check(printed.Min, values.Min(), $"the least {of} is", "minimum", PingFault.MinRttWrong);
        Check(printed.Max, values.Max(), $"the greatest {of} is", "maximum", PingFault.MaxRttWrong);
        if (printed.Avg is { } avg && !Close(avg, values.Average()))
            findings.Add(
                new Finding<PingFault>(
                    PingFault.AvgRttWrong,
                    $"the client printed the average RTT `{avg.Text}`, but the mean {of} is {PingJudge.Seconds(values.Average())}{AverageHint(avg)}"
                )
            );

        void Check(PrintedDuration? value, double expected, string what, string name, PingFault fault)
        {
            if (value is not null && !Close(value, expected))
                findings.Add(
                    new Finding<PingFault>(
                        fault,
                        $"the client printed the {name} RTT `{value.Text}`, but {what} {PingJudge.Seconds(expected)}"
                    )
                );
        }

        bool Close(PrintedDuration value, double expected)
        {
            var readAs = value.Unit == DurationUnit.None ? unit : value.Unit;
            return Math.Abs(value.Seconds(readAs) - expected) <= value.HalfStepSeconds(readAs) + slack;
        }

        // An average over every ping, a lost one counted as taking nothing or the whole timeout, is a usual slip.
        string AverageHint(PrintedDuration value)
        {
            var lost = run.Pings.Count - values.Count;
            if (!own || lost <= 0)
                return "";
            var total = values.Count + lost;
            if (Close(value, values.Sum() / total))
                return ": it counts each lost ping as taking no time";
            return Close(value, (values.Sum() + (lost * within.Timeout.TotalSeconds)) / total)
                ? $": it counts each lost ping as taking {PingJudge.Seconds(within.Timeout)}"
                : "";
        }
    }

    private static void JudgeLoss(
        PrintedStatistics printed,
        PingOutputReading reading,
        PingRun run,
        List<Finding<PingFault>> findings
    )
    {
        if (printed.Loss is not { } loss)
            return;
        var own = reading.Outcomes.Count > 0;
        var lost = own ? reading.Outcomes.Count(o => o.TimedOut) : run.Pings.Count(p => p.Dropped);
        var total = own ? reading.Outcomes.Count : run.Pings.Count;
        var share = (double)lost / total;
        var right = loss.Form switch
        {
            LossForm.Percent => Math.Abs(loss.Value - (share * Percent)) <= loss.HalfStep + LossSlack,
            LossForm.Fraction => Math.Abs(loss.Value - share) <= loss.HalfStep + LossSlack,
            _ => (int)loss.Value == lost,
        };
        if (!right)
            findings.Add(
                new Finding<PingFault>(
                    PingFault.LossRateWrong,
                    $"the client printed the loss `{loss.Text}`, but {lost} of the {total} pings {(own ? "it reported" : "it sent")} {(own ? "timed out" : "were dropped")} ({(share * Percent).ToString("0.#", CultureInfo.InvariantCulture)} %)"
                )
            );
    }

    private static string Join(List<string> names) =>
        names.Count == 1 ? names[0] : $"{string.Join(", ", names[..^1])} or {names[^1]}";
}
