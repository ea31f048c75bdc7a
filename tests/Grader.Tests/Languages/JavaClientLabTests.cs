using FluentAssertions;
using Grader.Labs;
using Grader.Results;
using Grader.Rubric;
using Grader.Sandboxes;
using Grader.Tests.Support;

namespace Grader.Tests.Languages;

/// <summary>
/// The client labs' Java examples, graded end to end as <c>grader grade --lab</c> grades them, in the namespace and the
/// direct sandboxes: a correct Java pinger and mail client get every required point and miss only what their READMEs
/// say; a Java client's crash is told by its exception and its own line, not by the JVM's innermost frame.
/// </summary>
public sealed class JavaClientLabTests
{
    public static TheoryData<string, string> ExamplesAndSandboxes() =>
        new()
        {
            { "udp-pinger-java", "namespace" },
            { "udp-pinger-java", "direct" },
            { "mail-client-java", "namespace" },
            { "mail-client-java", "direct" },
        };

    [Theory]
    [MemberData(nameof(ExamplesAndSandboxes))]
    public async Task A_correct_java_client_gets_every_required_point_and_misses_only_what_its_readme_says(
        string example,
        string sandbox
    )
    {
        var readme = ExampleReadme.Of(example);

        var result = await LabGrading.GradeAsync(Repository.Submission(example), Sandbox(sandbox), Rubric(readme.Lab));

        result.ShouldPassEveryRequiredCheck($"{example} in the {sandbox} sandbox");
        result
            .Checks.Where(c => !c.Required && c.Status == CheckStatus.Failed)
            .Select(c => c.Id)
            .Should()
            .BeEquivalentTo(readme.Misses);
    }

    [Theory]
    [InlineData("namespace", "the client connected to 127.0.0.1:2626, not to port 25, where the server listens")]
    [InlineData(
        "direct",
        "it exited with code 1: java.net.ConnectException: Connection refused at SMTPClient.java line 27"
    )]
    public async Task A_java_client_that_connects_to_another_port_is_told_where_it_went_or_its_exception_and_line(
        string sandbox,
        string told
    )
    {
        var source = File.ReadAllText(Path.Combine(Repository.Submission("mail-client-java"), "SMTPClient.java"));
        source.Should().Contain("SMTP_PORT = 25;");
        using var submission = new TempSubmission("java-wrong-port").With(
            "SMTPClient.java",
            source.Replace("SMTP_PORT = 25;", "SMTP_PORT = 2626;", StringComparison.Ordinal)
        );

        var result = await LabGrading.GradeAsync(submission.Folder, Sandbox(sandbox), Rubric("mail-client"));

        result.Check("mail-client/command-order").Message.Should().Contain(told);
    }

    private static Assignment Rubric(string lab) => AssignmentLoader.LoadShipped(LabRegistry.Find(lab)!.Definition);

    private static ISandbox Sandbox(string name) => name == "direct" ? new DirectSandbox() : new NamespaceSandbox();
}
