using Grader.Checks;
using Grader.Labs.Lab1Sockets.Checks;
using Grader.Rubric;

namespace Grader.Labs.Lab1Sockets;

/// <summary>Every check of lab 1, by the kind name assignment files use. Adding a check is one line
/// here.</summary>
public static class SocketChecks
{
    private static readonly IReadOnlyList<IServerCheck> ServerChecks =
    [
        new UppercaseCheck(),
        new LongMessageCheck(),
        new SplitMessageCheck(),
        new SeveralClientsCheck(),
        new EmptyConnectionCheck(),
        new ResetConnectionCheck(),
        new IdleClientCheck(),
        new SimultaneousClientsCheck(),
        new TwoClientsCheck(),
        new EmptyDatagramCheck(),
        new InvalidUtf8Check(),
        new StaysUpCheck(),
    ];

    private static readonly IReadOnlyList<ISocketClientCheck> ClientChecks =
    [
        new SendsLineCheck(),
        new PrintsReplyCheck(),
        new ExitsCleanlyCheck(),
        new SlowServerCheck(),
        new LostReplyCheck(),
        new NoServerCheck(),
    ];

    /// <summary>Every kind of check, as the assignment loader needs them: which exist for a role, and the settings
    /// each declares.</summary>
    public static ICheckKinds Kinds { get; } = new CheckKinds([.. ServerChecks, .. ClientChecks]);

    /// <summary>Every setting some check declares.</summary>
    public static IEnumerable<CheckSetting> AllSettings => Kinds.AllSettings;

    /// <summary>The server check of <paramref name="kind"/> for <paramref name="role"/>, or null.</summary>
    public static IServerCheck? ServerCheck(Role role, string kind) => CheckKinds.Find(ServerChecks, role, kind);

    /// <summary>The client check of <paramref name="kind"/> for <paramref name="role"/>, or null.</summary>
    public static ISocketClientCheck? ClientCheck(Role role, string kind) => CheckKinds.Find(ClientChecks, role, kind);
}
