using Grader.Checks;
using Grader.Labs.UdpPinger.Checks;
using Grader.Rubric;

namespace Grader.Labs.UdpPinger;

/// <summary>The pinger lab's checks, by the kind names its rubric uses: adding one is one line here.</summary>
public static class PingerChecks
{
    /// <summary>Every kind, in the shipped rubric's order.</summary>
    public static IReadOnlyList<IPingerCheck> All { get; } =
    [new PingsCheck(), new WaitsCheck(), new ResultsCheck(), new StatisticsCheck(), new RttUnitCheck()];

    /// <summary>The kinds as the assignment loader sees them.</summary>
    public static ICheckKinds Kinds { get; } = new CheckKinds(All);

    /// <summary>The check of <paramref name="kind"/> for <paramref name="role"/>, or null.</summary>
    public static IPingerCheck? ClientCheck(Role role, string kind) => CheckKinds.Find(All, role, kind);
}
