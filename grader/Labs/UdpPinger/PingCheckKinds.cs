using Grader.Checks;
using Grader.Rubric;

namespace Grader.Labs.UdpPinger;

/// <summary>The pinger lab's checks, by the kind names its rubric uses: adding one is one line here.</summary>
public static class PingCheckKinds
{
    /// <summary>Every kind, in the shipped rubric's order.</summary>
    public static IReadOnlyList<IPingCheck> Checks { get; } =
    [new PingsCheck(), new WaitsCheck(), new ResultsCheck(), new StatisticsCheck(), new RttUnitCheck()];

    /// <summary>The kinds as the assignment loader sees them.</summary>
    public static ICheckKinds Kinds { get; } = new CheckKinds(Checks);

    /// <summary>The check of <paramref name="kind"/> for <paramref name="role"/>, or null.</summary>
    public static IPingCheck? Find(Role role, string kind) => CheckKinds.Find(Checks, role, kind);
}
