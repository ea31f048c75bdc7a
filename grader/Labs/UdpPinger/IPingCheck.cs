using Grader.Checks;
using Grader.Rubric;

namespace Grader.Labs.UdpPinger;

/// <summary>One kind of check of the pinger lab: it judges the client's one run against the probe's plan, by the
/// findings of <see cref="PingJudge"/> it owns.</summary>
public interface IPingCheck : ICheckKind
{
    /// <summary>The settings the kind takes (the run's, <see cref="PingRunSettings"/>).</summary>
    IReadOnlyList<CheckSetting> ICheckKind.Settings => PingRunSettings.All;

    /// <summary>Whether <paramref name="role"/> is graded as a pinger (<see cref="PingerLab.Plays"/>).</summary>
    bool ICheckKind.AppliesTo(Role role) => PingerLab.Plays(role);

    /// <summary>The verdict of <paramref name="spec"/> on <paramref name="run"/>.</summary>
    CheckOutcome Judge(CheckSpec spec, PingerRun run);
}
