using Grader.Checks.Clients;
using Grader.Checks.Servers;
using Grader.Rubric;

namespace Grader.Checks;

/// <summary>Every check the grader has, by the kind name assignment files use. Adding a check is one line
/// here.</summary>
public static class CheckCatalog
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

    private static readonly IReadOnlyList<IClientCheck> ClientChecks =
    [
        new SendsLineCheck(),
        new PrintsReplyCheck(),
        new ExitsCleanlyCheck(),
        new SlowServerCheck(),
        new LostReplyCheck(),
        new NoServerCheck(),
    ];

    /// <summary>Whether a check of <paramref name="kind"/> exists for <paramref name="role"/>.</summary>
    public static bool IsKnown(Role role, string kind) =>
        role.IsServer() ? ServerCheck(role, kind) is not null : ClientCheck(role, kind) is not null;

    /// <summary>The server check of <paramref name="kind"/> for <paramref name="role"/>, or null.</summary>
    public static IServerCheck? ServerCheck(Role role, string kind) =>
        ServerChecks.FirstOrDefault(c => c.Kind == kind && c.AppliesTo(role));

    /// <summary>The client check of <paramref name="kind"/> for <paramref name="role"/>, or null.</summary>
    public static IClientCheck? ClientCheck(Role role, string kind) =>
        ClientChecks.FirstOrDefault(c => c.Kind == kind && c.AppliesTo(role));
}
