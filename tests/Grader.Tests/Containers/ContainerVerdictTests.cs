using FluentAssertions;
using Grader.Sandboxes.Containers;
using Grader.Tests.Support;

namespace Grader.Tests.Containers;

/// <summary>One grading code path: a submission graded in its container gets exactly the verdicts it gets in
/// namespaces.</summary>
[Collection(DockerCollection.Name)]
public sealed class ContainerVerdictTests
{
    [Theory]
    [InlineData("lecture-as-printed")]
    [InlineData("python-correct")]
    [InlineData("python-reads-until-eof")]
    [InlineData("python-no-uppercase")]
    [InlineData("python-client-uppercases")]
    public async Task Example_submission_gets_the_same_verdicts_in_a_container_as_in_namespaces(string name)
    {
        var grader = await DockerGrading.CreateAsync();

        var inContainer = await grader.GradeAsync(Repository.Submission(name), TestContext.Current.CancellationToken);
        var inNamespaces = await LabGrading.GradeAsync(Repository.Submission(name));

        inContainer.Sandbox.Should().Be("docker");
        inContainer
            .Checks.Select(c => (c.Id, c.Status))
            .Should()
            .Equal(inNamespaces.Checks.Select(c => (c.Id, c.Status)));
        inContainer
            .Roles.Select(r => (r.Role, r.Passed, r.Score))
            .Should()
            .Equal(inNamespaces.Roles.Select(r => (r.Role, r.Passed, r.Score)));
        (await DockerGrading.LeftoversAsync(grader)).Should().BeEmpty("the container is removed once grading ends");
    }

    [Fact]
    public async Task Correct_submission_gets_full_marks_in_the_container_and_its_diagnosis_comes_through()
    {
        var grader = await DockerGrading.CreateAsync();

        var correct = await grader.GradeAsync(
            Repository.Submission("python-correct"),
            TestContext.Current.CancellationToken
        );
        var faulty = await grader.GradeAsync(
            Repository.Submission("python-reads-until-eof"),
            TestContext.Current.CancellationToken
        );

        correct.MaxScore.Should().Be(LabGrading.Lab.Checks.Where(c => c.Required).Sum(c => c.Points));
        correct.Score.Should().Be(correct.MaxScore);
        faulty.Check("tcp-server/uppercase").Message.Should().Contain("it waits for the end of the stream");
        faulty.Check("tcp-server/uppercase").Transcript.Should().NotBeEmpty();
    }

    [Fact]
    public async Task Lecture_programs_as_printed_get_every_required_point_in_a_container()
    {
        var grader = await DockerGrading.CreateAsync();

        var result = await grader.GradeAsync(
            Repository.Submission("lecture-as-printed"),
            TestContext.Current.CancellationToken
        );

        result.ShouldPassEveryRequiredCheck("the docker sandbox");
    }

    [Fact]
    public async Task Files_copied_through_the_engine_api_grade_like_mounted_ones_as_with_a_remote_engine()
    {
        var grader = await DockerGrading.CreateAsync(
            settings: ContainerSettings.Default with
            {
                Delivery = FileDelivery.Copy,
            }
        );

        var result = await grader.GradeAsync(
            Repository.Submission("python-correct"),
            TestContext.Current.CancellationToken
        );

        result.Checks.Where(c => c.IsFault).Should().BeEmpty();
        result.Score.Should().Be(result.MaxScore);
        (await DockerGrading.LeftoversAsync(grader)).Should().BeEmpty();
    }
}
