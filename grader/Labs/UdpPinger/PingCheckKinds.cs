using Grader.Rubric;

namespace Grader.Labs.UdpPinger;

/// <summary>The pinger lab's check kinds, by the names its rubric uses: adding one is one line here.</summary>
public sealed class PingCheckKinds : ICheckKinds
{
    private PingCheckKinds() { }

    /// <summary>The lab's kinds.</summary>
    public static PingCheckKinds Instance { get; } = new();

    /// <summary>Every kind, in the shipped rubric's order.</summary>
    public static IReadOnlyList<IPingCheck> Checks { get; } =
    [new PingsCheck(), new WaitsCheck(), new ResultsCheck(), new StatisticsCheck(), new RttUnitCheck()];

    /// <summary>The check of <paramref name="kind"/>, or null.</summary>
    public static IPingCheck? Find(string kind) => Checks.FirstOrDefault(c => c.Kind == kind);

    /// <inheritdoc />
    public IReadOnlyList<CheckSetting>? SettingsOf(Role role, string kind) =>
        PingerLab.Plays(role) ? Find(kind)?.Settings : null;

    /// <inheritdoc />
    public IEnumerable<CheckSetting> AllSettings => Checks.SelectMany(c => c.Settings).Distinct();
}
