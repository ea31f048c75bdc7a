using FluentAssertions;
using Grader.Sandboxes;
using Grader.Tests.Labs.MailClient;
using Grader.Tests.Support;

namespace Grader.Tests.Containers;

/// <summary>
/// Where the probe hears only the lab's port on loopback (the direct sandbox, and the docker sandbox, whose worker runs
/// the same probe in the container), a client that sends <c>STARTTLS</c> to <c>localhost:25</c> and verifies the
/// certificate still gets full marks: the launch trusts the grader's authority there too.
/// </summary>
[Collection(DockerCollection.Name)]
public sealed class MailTlsContainerTests
{
    // The STARTTLS example, pointed at the handout's server.
    private static TempSubmission StartTlsToLocalhost()
    {
        var source = File.ReadAllText(Path.Combine(Repository.Submission("mail-client-starttls"), "SMTPClient.py"));
        source.Should().Contain("(\"smtp.gmail.com\", 587)");
        return new TempSubmission().With(
            "SMTPClient.py",
            source.Replace("(\"smtp.gmail.com\", 587)", "(\"localhost\", 25)", StringComparison.Ordinal)
        );
    }

    [Fact]
    public async Task A_starttls_client_to_localhost_verifying_the_certificate_gets_full_marks_in_the_direct_sandbox()
    {
        using var submission = StartTlsToLocalhost();

        var result = await LabGrading.GradeAsync(submission.Folder, new DirectSandbox(), MailClientPrograms.Rubric);

        result.Checks.Where(c => !c.Passed).Select(c => $"{c.Id}: {c.Message}").Should().BeEmpty();
        result.Score.Should().Be(result.MaxScore);
    }

    [Fact]
    public async Task A_starttls_client_to_localhost_verifying_the_certificate_gets_full_marks_in_a_container()
    {
        using var submission = StartTlsToLocalhost();
        var grader = await DockerGrading.CreateAsync(MailClientPrograms.Rubric);

        var result = await grader.GradeAsync(submission.Folder, TestContext.Current.CancellationToken);

        result.Sandbox.Should().Be("docker");
        result.Checks.Where(c => !c.Passed).Select(c => $"{c.Id}: {c.Message}").Should().BeEmpty();
        result.Score.Should().Be(result.MaxScore);
    }
}
