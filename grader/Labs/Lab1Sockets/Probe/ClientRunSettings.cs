using Grader.Rubric;

namespace Grader.Labs.Lab1Sockets.Probe;

/// <summary>
/// The settings that shape a client's runs rather than how one check judges them. Client checks share runs (one per
/// probe behaviour), so the grader reads these from every check of the role: the first line given is typed in every
/// run, the longest wait among a run's checks bounds that run, and the first delay among them is that run's.
/// </summary>
public static class ClientRunSettings
{
    /// <summary>The line typed into clients unless the assignment names another.</summary>
    public const string DefaultLine = "sockets are fun";

    /// <summary>The line typed into the client, in every run of the role.</summary>
    public static readonly CheckSetting<string> Line = CheckSetting.Text(
        "message",
        DefaultLine,
        "the line typed into the client, in every run of the role (the role's first one counts)"
    );

    /// <summary>How long the client's run this check judges may last; the assignment's client-run deadline when no
    /// check of that run gives one.</summary>
    public static readonly CheckSetting<TimeSpan?> Wait = CheckSetting.OptionalDuration(
        "wait",
        "how long the client's run may last before it is stopped (default: timeouts' client-run)"
    );

    /// <summary>How long the probe server waits before it replies, in a run with a slow reply.</summary>
    public static readonly CheckSetting<TimeSpan> ReplyDelay = CheckSetting.Duration(
        "delay",
        TimeSpan.FromSeconds(1.5),
        "how long the probe server waits before it replies"
    );

    /// <summary>The settings every client check takes.</summary>
    public static IReadOnlyList<CheckSetting> Every { get; } = [Line, Wait];
}
