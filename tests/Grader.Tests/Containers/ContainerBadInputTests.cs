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
}
