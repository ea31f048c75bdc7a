using Grader.Checks;
using Grader.Labs.UdpPinger.Judges;
using Grader.Labs.UdpPinger.Probe;
using Grader.Rubric;

namespace Grader.Labs.UdpPinger.Checks;

/// <summary>One kind of check of the pinger lab: it judges the client's one run against the probe's plan, by the
/// findings of <see cref="PingJudge"/> it owns.</summary>
public interface IPingerCheck : ICheckKind
{
    /// <summary>The settings the kind takes (the run's, <see cref="PingRunSettings"/>).</summary>
    IReadOnlyList<CheckSetting> ICheckKind.Settings => PingRunSettings.All;

    /// <summary>Whether <paramref name="role"/> is graded as a pinger (<see cref="PingerRoles.Plays"/>).</summary>
    bool ICheckKind.AppliesTo(Role role) => PingerRoles.Plays(role);

    /// <summary>The verdict of <paramref name="spec"/> on <paramref name="run"/>.</summary>
    CheckOutcome Judge(CheckSpec spec, PingerRun run);
}
