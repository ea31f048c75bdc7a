using FluentAssertions;
using Grader.Sandboxes.Containers;
using Grader.Tests.Containers;
using Grader.Tests.Support;

namespace Grader.Tests.Packaging;

/// <summary>
/// The grader ships as one self-contained file per platform (<c>eng/publish.sh</c>): the Linux file grades on a
/// machine with Python and no .NET, as a user who is not root, with every lab's rubric and base code inside it, and
/// runs the docker sandbox with itself as the worker in each container.
/// </summary>
[Collection(DockerCollection.Name)]
public sealed class SingleFileTests
{
    private const string Rid = "linux-x64";

    [Fact]
    public async Task The_linux_file_grades_in_a_debian_container_without_dotnet_as_a_user_who_is_not_root()
    {
        await RequireDockerAsync();
        var grader = await SingleFilePublish.ExecutableAsync(Rid);
        Directory.GetFileSystemEntries(SingleFilePublish.OutputOf(Rid)).Should().Equal(grader);
        using var context = new TempFolder();
        File.Copy(grader, context["grader"]);
        foreach (var name in new[] { "python-correct", "lecture-as-printed" })
            Folders.Copy(Repository.Submission(name), context[Path.Combine("submissions", name)]);
        // The runtime image is Debian with Python and without .NET; the grader then runs as a user of its own.
        File.WriteAllText(
            context["Dockerfile"],
            $"""
            FROM {ContainerSettings.Default.Image}
            RUN useradd --create-home student
            COPY grader /usr/local/bin/grader
            COPY --chown=student submissions /home/student/submissions
            USER student
            WORKDIR /home/student
            """
        );
        var image = $"lab-grader-single-file-test:{Guid.NewGuid():N}";
        (await Docker("build", "--quiet", "--tag", image, context.Path)).ExitCode.Should().Be(0);
        try
        {
            var check = await Docker("run", "--rm", image, "sh", "-c", "id -u; command -v dotnet || echo no dotnet");
            check.Output.Should().NotStartWith("0\n", "the grader runs as a user, not root").And.Contain("no dotnet");

            var correct = await Docker(
                "run",
                "--rm",
                image,
                "grader",
                "grade",
                "submissions/python-correct",
                "--format",
                "markdown"
            );
            correct.ExitCode.Should().Be(0, correct.Output);
            correct.Output.Should().StartWith("## python-correct: 51/51 points, ✅ all required checks passed");

            var lecture = await Docker(
                "run",
                "--rm",
                image,
                "grader",
                "grade",
                "submissions/lecture-as-printed",
                "--format",
                "markdown"
            );
            lecture.ExitCode.Should().Be(0, lecture.Output);
            lecture.Output.Should().MatchRegex(@"^## lecture-as-printed: \d+/\d+ points, ✅ all required checks passed");
        }
        finally
        {
            await Docker("image", "rm", "--force", image);
        }
    }

    [Fact]
    public async Task The_linux_file_runs_the_docker_sandbox_with_itself_as_the_worker()
    {
        await RequireDockerAsync();
        var grader = await SingleFilePublish.ExecutableAsync(Rid);

        var run = await SingleFilePublish.RunAsync(
            grader,
            "grade",
            Repository.Submission("python-correct"),
            "--sandbox",
            "docker",
            "--format",
            "markdown",
            "--no-captures"
        );

        run.ExitCode.Should().Be(0, run.Output);
        run.Output.Should().StartWith("## python-correct: 51/51 points, ✅ all required checks passed");
    }

    private static async Task RequireDockerAsync()
    {
        var (available, reason) = await DockerEngine.ProbeAsync(TestContext.Current.CancellationToken);
        if (!available && !DockerGrading.MustRunEveryTest)
            Assert.Skip($"no Docker to test with ({reason}); ./test.sh starts the engine and runs these tests");
        available.Should().BeTrue(reason);
    }

    private static Task<(int ExitCode, string Output)> Docker(params string[] args) =>
        SingleFilePublish.RunAsync("docker", args);
}
