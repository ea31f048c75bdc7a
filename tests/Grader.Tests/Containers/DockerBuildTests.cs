using FluentAssertions;
using Grader.Results;
using Grader.Tests.Hostile;
using Grader.Tests.Support;

namespace Grader.Tests.Containers;

/// <summary>Builds in the docker sandbox: confined as the programs there are, as a user of its own apart from the
/// grader.</summary>
[Collection(DockerCollection.Name)]
public sealed class DockerBuildTests : ConfinedBuildContract
{
    /// <inheritdoc />
    protected override async Task<GradeResult> GradeAsync(string folder) =>
        await (await DockerGrading.CreateAsync()).GradeAsync(folder, TestContext.Current.CancellationToken);

    [Fact]
    public async Task Build_runs_as_a_user_of_its_own_and_its_outputs_reach_the_programs()
    {
        using var submission = WithHostileBuild(
            "user-build",
            """
            import os, shutil
            out = os.environ["GRADER_BUILD_DIR"]
            shutil.copy("TCPServer.py", os.path.join(out, "Built.py"))
            open(os.path.join(out, "builder.txt"), "w").write(f"built by {os.getuid()}\n")
            """,
            run: "tcp-server: python3 \"$GRADER_BUILD_DIR/Built.py\"\n  tcp-client: cat \"$GRADER_BUILD_DIR/builder.txt\""
        );

        var result = await GradeAsync(submission.Folder);

        result.Role("tcp-server").Passed.Should().BeTrue("the server the build wrote runs");
        var builder = result.Check("tcp-client/sends-line").Output!.StandardOutput;
        builder
            .Should()
            .MatchRegex(@"built by \d+")
            .And.NotContain("built by 0", "the build runs as a launch user, not as the grader");
    }
}
