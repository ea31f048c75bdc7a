using Grader.Rubric;

namespace Grader.Labs.UdpPinger.Probe;

/// <summary>
/// The settings of the pinger's one run, which every check kind of the lab takes: the first check of the role that
/// gives one sets it for the run (the client runs once, and every check judges that run).
/// </summary>
public static class PingRunSettings
{
    /// <summary>The seed of the probe's plan: which pings it drops and how long it holds each reply. Fixed by the
    /// rubric, so a verdict replays identically.</summary>
    public static readonly CheckSetting<int> Seed = CheckSetting.WholeNumber(
        "seed",
        0,
        int.MaxValue,
        42,
        "the seed of the probe's plan: which pings it drops and how long it holds each reply"
    );

    /// <summary>How long the handout asks the client to wait for each reply.</summary>
    public static readonly CheckSetting<TimeSpan> Timeout = CheckSetting.Duration(
        "timeout",
        TimeSpan.FromSeconds(1),
        "how long the client must wait for each reply before it reports the ping timed out"
    );

    /// <summary>How long, in the client's own time, the grader lets a client wait for the reply to a dropped ping
    /// before it stops it.</summary>
    public static readonly CheckSetting<TimeSpan> GiveUp = CheckSetting.Duration(
        "give-up",
        TimeSpan.FromSeconds(5),
        "how long the client may wait for the reply to a dropped ping before the grader stops it"
    );

    /// <summary>Every run setting, as each kind declares them.</summary>
    public static IReadOnlyList<CheckSetting> All { get; } = [Seed, Timeout, GiveUp];
}
