using System.CommandLine;
using Grader.Sandboxes;

namespace Grader.Commands;

/// <summary><c>--sandbox auto|namespace|direct|portable|docker</c>: where programs run, for <c>grade</c> and <c>batch</c>
/// alike.</summary>
internal static class SandboxOption
{
    /// <summary>The option, defaulting to <c>auto</c>.</summary>
    public static Option<string> Create()
    {
        var sandbox = new Option<string>("--sandbox")
        {
            Description =
                "Where programs run: auto (the strongest available), namespace, direct, portable (macOS, Windows: a self-check), or docker (a container per submission).",
            DefaultValueFactory = _ => "auto",
        };
        sandbox.AcceptOnlyFromAmong(Enum.GetNames<SandboxKind>().Select(n => n.ToLowerInvariant()).ToArray());
        return sandbox;
    }

    /// <summary>The sandbox the parse chose.</summary>
    public static SandboxKind Kind(ParseResult parse, Option<string> sandbox) =>
        Enum.Parse<SandboxKind>(parse.GetValue(sandbox)!, ignoreCase: true);

    /// <summary>
    /// Restarts this grader as the root of a user namespace of its own when the parse asks for the namespace sandbox
    /// (<c>auto</c> or <c>namespace</c>), it runs as a plain user and the kernel allows it (rootless isolation, <see
    /// cref="UserNamespace"/>); otherwise returns, and the grader runs as it is. Call it before anything else runs.
    /// </summary>
    public static async Task EnterUserNamespaceIfWantedAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        if (
            OperatingSystem.IsLinux()
            && parse.CommandResult.Command.Options.OfType<Option<string>>().FirstOrDefault(o => o.Name == "--sandbox")
                is { } sandbox
            && Kind(parse, sandbox) is SandboxKind.Auto or SandboxKind.Namespace
            && await UserNamespace.ShouldEnterAsync(cancellationToken)
        )
            UserNamespace.Enter();
    }

    /// <summary>Refuses <c>--share</c> with <c>--sandbox docker</c>, whose containers see no path of this
    /// machine.</summary>
    public static void RefuseSharesInDocker(Command command, Option<string> sandbox, Option<string[]> share) =>
        command.Validators.Add(result =>
        {
            if (
                result.GetResult(share) is { Tokens.Count: > 0 }
                && result.GetResult(sandbox) is { Tokens: [var kind] }
                && kind.Value.Equals(nameof(SandboxKind.Docker), StringComparison.OrdinalIgnoreCase)
            )
                result.AddError("--share does not reach into --sandbox docker's containers");
        });
}
