using Grader.Checks;
using Grader.Rubric;

namespace Grader.Labs.UdpPinger;

/// <summary>One kind of check of the pinger lab: it judges the client's one run against the probe's plan, by the
/// findings of <see cref="PingJudge"/> it owns.</summary>
public interface IPingCheck
{
    /// <summary>The kind's name in the rubric, such as <c>pings</c>.</summary>
    string Kind { get; }

    /// <summary>The settings the kind takes (the run's, <see cref="PingRunSettings"/>).</summary>
    IReadOnlyList<CheckSetting> Settings => PingRunSettings.All;

    /// <summary>The verdict of <paramref name="spec"/> on <paramref name="run"/>.</summary>
    CheckOutcome Judge(CheckSpec spec, PingerRun run);
}
