using FluentAssertions;
using Grader.Sandboxes.Containers;
using Grader.Tests.Support;

namespace Grader.Tests.Containers;

/// <summary>
/// Bad input in a submission folder never stops its grading in the docker sandbox either: the folder is mounted as it
/// is, and the worker inside the container leaves out what a link loop, a link out, a named pipe or a 1 GiB file would
/// cost, saying so; a file where a folder was expected is made a folder here first.
/// </summary>
[Collection(DockerCollection.Name)]
public sealed class ContainerBadInputTests
{
    [Fact]
    public async Task Batch_in_docker_gives_every_bad_submission_a_verdict_and_its_note()
    {
        _ = await DockerGrading.CreateAsync(); // skips, saying why, where Docker may be missing
        using var bad = new BadClass();

        var run = await GraderCli.RunAsync(bad.BatchArguments("docker"));

        bad.ShouldHaveGradedEveryOne(run);
    }

    [Fact]
    public async Task Copied_to_the_engine_a_folder_is_walked_here_and_its_zip_unpacked_in_the_container()
    {
        var grader = await DockerGrading.CreateAsync(
            settings: ContainerSettings.Default with
            {
                Delivery = FileDelivery.Copy,
            }
        );
        using var folder = new TempFolder();
        var submission = folder["zipped"];
        Directory.CreateDirectory(Path.Combine(submission, "a"));
        File.Copy(
            Path.Combine(Repository.Submission("python-correct-zipped"), "submission.zip"),
            Path.Combine(submission, "submission.zip")
        );
        Directory.CreateSymbolicLink(Path.Combine(submission, "a", "loop"), "..");

        var result = await grader.GradeAsync(submission, TestContext.Current.CancellationToken);

        result.Score.Should().Be(result.MaxScore);
        result
            .Notes.Should()
            .Equal("left out `a/loop`: a link to a folder (`..`), not followed", "unpacked `submission.zip`: 5 files");
    }
}
