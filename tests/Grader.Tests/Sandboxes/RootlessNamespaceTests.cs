using System.Text.Json;
using FluentAssertions;
using Grader.Tests.Support;

namespace Grader.Tests.Sandboxes;

/// <summary>
/// Rootless isolation: a plain user's grader restarts as the root of a user namespace of its own and grades in the
/// namespace sandbox, a network, PID and mount namespace per launch, with the same verdict on every check as root's
/// namespace sandbox. The grader runs as <c>nobody</c>, so the tests need root to become it (CI runs as root).
/// </summary>
public sealed class RootlessNamespaceTests(PlainUser user) : IClassFixture<PlainUser>
{
    [Theory]
    [InlineData("python-correct", "lab1-sockets")]
    [InlineData("python-no-uppercase", "lab1-sockets")]
    [InlineData("python-exits-after-one-client", "lab1-sockets")]
    [InlineData("python-sequential-as-concurrent", "lab1-sockets")]
    [InlineData("c-correct", "lab1-sockets")]
    [InlineData("web-server-correct", "web-server")]
    [InlineData("mail-client-correct", "mail-client")]
    public async Task A_plain_user_gets_the_namespace_sandbox_rootless_with_roots_verdict_on_every_check(
        string example,
        string lab
    )
    {
        Assert.SkipUnless(PlainUser.IsPossible, "becoming a plain user takes root");
        Assert.SkipUnless(
            await user.MayMakeUserNamespacesAsync(),
            "this kernel refuses user namespaces to plain users"
        );
        var submission = user.Submission(example);

        var asRoot = await GraderCli.RunAsync([
            "grade",
            submission,
            "--lab",
            lab,
            "--sandbox",
            "namespace",
            "--format",
            "json",
        ]);
        var asPlainUser = await user.RunGraderAsync("grade", submission, "--lab", lab, "--format", "json");

        asPlainUser.Stderr.Should().BeEmpty("auto finds the namespace sandbox, so it has nothing to fall back from");
        var (rootSandbox, rootVerdicts) = Verdicts(asRoot);
        var (sandbox, verdicts) = Verdicts(asPlainUser);
        rootSandbox.Should().Be("namespace");
        sandbox.Should().Be("namespace (rootless)");
        verdicts.Should().Equal(rootVerdicts);
        asPlainUser.ExitCode.Should().Be(asRoot.ExitCode);
    }

    [Fact]
    public async Task Where_the_kernel_refuses_a_plain_user_namespaces_the_namespace_sandbox_names_the_setting_to_change()
    {
        Assert.SkipUnless(PlainUser.IsPossible, "becoming a plain user takes root");

        var run = await user.RunGraderRefusedUserNamespacesAsync(
            "grade",
            user.Submission("python-correct"),
            "--sandbox",
            "namespace"
        );

        run.Stderr.Should()
            .Contain(
                "the namespace sandbox is unavailable: this kernel allows no user namespaces (user.max_user_namespaces=0; set it above 0), and the grader does not run as root"
            );
        run.ExitCode.Should().NotBe(0);
    }

    // The sandbox a report names, and each check's status by its id.
    private static (string Sandbox, Dictionary<string, string> Statuses) Verdicts(GraderCli.Run run)
    {
        using var json = JsonDocument.Parse(run.Stdout);
        var statuses = json
            .RootElement.GetProperty("checks")
            .EnumerateArray()
            .ToDictionary(c => c.GetProperty("id").GetString()!, c => c.GetProperty("status").GetString()!);
        return (json.RootElement.GetProperty("sandbox").GetString()!, statuses);
    }
}
