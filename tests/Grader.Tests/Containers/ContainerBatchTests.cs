using FluentAssertions;
using Grader.Tests.Support;

namespace Grader.Tests.Containers;

/// <summary><c>grader batch --sandbox docker</c>: a class graded in containers, through the grader <c>grade</c>
/// uses.</summary>
[Collection(DockerCollection.Name)]
public sealed class ContainerBatchTests
{
    private static readonly string[] Examples = ["python-correct", "python-reads-until-eof", "python-no-uppercase"];

    [Fact]
    public async Task Batch_in_docker_gives_each_submission_the_verdicts_grade_gives_it_in_docker()
    {
        var grader = await DockerGrading.CreateAsync(); // skips, saying why, where Docker may be missing
        using var folder = new TempFolder();
        var submissions = folder["class"];
        foreach (var name in Examples)
            Folders.Copy(Repository.Submission(name), Path.Combine(submissions, name));

        var batch = await GraderCli.RunAsync([
            "batch",
            submissions,
            "--out",
            folder["out"],
            "--sandbox",
            "docker",
            "--parallel",
            Environment.ProcessorCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ]);

        batch.ExitCode.Should().Be(0, "every submission was graded; stderr: {0}", batch.Stderr);
        foreach (var name in Examples)
        {
            var inBatch = ExampleClass.ReadResult(Path.Combine(folder["out"], "results", name + ".json"));
            var graded = await grader.GradeAsync(
                Path.Combine(submissions, name),
                TestContext.Current.CancellationToken
            );

            inBatch.Sandbox.Should().Be("docker");
            inBatch.Verdicts().Should().Be(graded.Verdicts(), "{0} is graded alike by batch and grade", name);
            inBatch
                .Roles.Select(r => (r.Role, r.Passed, r.Score))
                .Should()
                .Equal(graded.Roles.Select(r => (r.Role, r.Passed, r.Score)));
        }
        File.Exists(Path.Combine(folder["out"], "grades.csv")).Should().BeTrue("the class reports follow the batch");
        (await DockerGrading.LeftoversAsync(grader)).Should().BeEmpty();
    }
}
