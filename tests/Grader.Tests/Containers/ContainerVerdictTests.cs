using FluentAssertions;
using Grader.Labs;
using Grader.Results;
using Grader.Rubric;
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

    [Theory]
    [InlineData("web-server-as-handed-out")]
    [InlineData("web-server-robust")]
    [InlineData("udp-pinger-correct")]
    [InlineData("mail-client-does-not-wait")]
    public async Task Another_labs_example_gets_the_same_verdicts_in_a_container_the_browser_check_aside(string name)
    {
        var lab = LabRegistry.Find(ExampleReadme.Of(name).Lab)!;
        var assignment = AssignmentLoader.LoadShipped(lab.Definition);
        var grader = await DockerGrading.CreateAsync(assignment);

        var inContainer = await grader.GradeAsync(Repository.Submission(name), TestContext.Current.CancellationToken);
        var inNamespaces = await LabGrading.GradeAsync(Repository.Submission(name), assignment: assignment);

        inContainer.Assignment.Should().Be(inNamespaces.Assignment, "the worker in the container grades the same lab");
        // The runtime image has no Chromium: there the browser check is not run, and costs no points.
        static bool Browser(CheckResult c) => c.Id.EndsWith("/browser-page", StringComparison.Ordinal);
        inContainer
            .Checks.Where(c => !Browser(c))
            .Select(c => (c.Id, c.Status))
            .Should()
            .Equal(inNamespaces.Checks.Where(c => !Browser(c)).Select(c => (c.Id, c.Status)));
        inContainer
            .Checks.Where(c => Browser(c) && (c.Status != CheckStatus.Skipped || c.MaxPoints != 0))
            .Should()
            .BeEmpty();
        inContainer.Score.Should().Be(inNamespaces.Score);
        inContainer.MaxScore.Should().Be(inNamespaces.MaxScore);
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
    public async Task In_a_container_the_worker_sees_a_hang_in_the_kernel_as_in_namespaces()
    {
        // The worker holds CAP_SYS_PTRACE over the launches' users: it reads what their threads wait in.
        var grader = await DockerGrading.CreateAsync();

        var result = await grader.GradeAsync(
            Repository.Submission("python-reads-until-eof"),
            TestContext.Current.CancellationToken
        );

        result
            .Check("udp-client/lost-reply")
            .Message.Should()
            .Contain("waits in `recvfrom` on a socket with no timeout (the kernel shows it)");
        result
            .Check("tcp-server/uppercase")
            .Message.Should()
            .StartWith(
                "the server never replied: it waits in `recvfrom` on a socket with no timeout (the kernel shows it)"
            );
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
