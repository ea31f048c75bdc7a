using System.Text.Json;
using FluentAssertions;
using Grader.Results;
using Grader.Tests.Support;

namespace Grader.Tests.Hostile;

/// <summary>
/// The threat model in the rootless namespace sandbox: the grader run by a plain user (<c>nobody</c>), restarted as
/// the root of a user namespace of its own, with a network, PID, mount and user namespace per launch. It needs root to
/// become the plain user, and a kernel that gives plain users user namespaces.
/// </summary>
[Collection(HostileCollection.Name)]
public sealed class RootlessHostileTests(PlainUser user) : HostileContract, IClassFixture<PlainUser>
{
    /// <inheritdoc />
    protected override IReadOnlyList<string> HiddenPaths { get; } = ["/home", "/work", "/var", "/run", "/mnt"];

    /// <inheritdoc />
    protected override async Task<GradeResult> GradeAsync(string folder, params string[] limits)
    {
        Assert.SkipUnless(PlainUser.IsPossible, "becoming a plain user takes root");
        Assert.SkipUnless(
            await user.MayMakeUserNamespacesAsync(),
            "this kernel refuses user namespaces to plain users"
        );
        using var assignments = new TempFolder();
        string[] assignment =
            limits.Length == 0
                ? []
                : ["--assignment", user.Readable(LabGrading.AssignmentFileWith(assignments, limits))];

        var run = await user.RunGraderAsync(["grade", user.Readable(folder), "--format", "json", .. assignment]);

        run.Stderr.Should().BeEmpty();
        var result = JsonSerializer.Deserialize<GradeResult>(run.Stdout, ResultJson.Options)!;
        result.Sandbox.Should().Be("namespace (rootless)");
        return result;
    }
}
