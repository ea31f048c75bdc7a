using FluentAssertions;
using Grader.Errors;
using Grader.Labs;
using Grader.Labs.Lab1Sockets;
using Grader.Rubric;
using Grader.Sandboxes;
using Grader.Submissions;
using Grader.Tests.Support;
using YamlDotNet.Core;

namespace Grader.Tests.Errors;

/// <summary>
/// A user's problem is one <see cref="GraderException"/> that carries its exit code and what caused it: the user sees
/// one line, and a debugger (or <c>GRADER_DEBUG</c>) still finds the file system's or the parser's own exception.
/// </summary>
[Fast]
public sealed class GraderExceptionTests
{
    [Fact]
    public void An_unreadable_assignment_file_is_bad_input_and_keeps_the_file_systems_exception()
    {
        var load = () => AssignmentLoader.LoadFile("/no/such/assignment.yaml", LabRegistry.Catalog);

        var error = load.Should().Throw<AssignmentException>().Which;
        error.ExitCode.Should().Be(ExitCodes.BadInput);
        error.Line.Should().StartWith("cannot read the assignment file /no/such/assignment.yaml: ");
        error.InnerException.Should().BeAssignableTo<IOException>();
    }

    [Fact]
    public void An_assignment_file_that_is_not_yaml_keeps_the_parsers_exception()
    {
        var parse = () => AssignmentLoader.Parse("roles: [tcp-server\n", "broken.yaml", LabRegistry.Catalog);

        var error = parse.Should().Throw<AssignmentException>().Which;
        error.Message.Should().StartWith("broken.yaml:").And.Contain("not valid YAML");
        error.InnerException.Should().BeAssignableTo<YamlException>();
    }

    [Fact]
    public void A_manifest_that_is_not_yaml_is_bad_input_and_keeps_the_parsers_exception()
    {
        using var folder = new TempSubmission().With("submission.yaml", "run:\n  tcp-client: [python3\n");

        var scan = () => SubmissionScanner.Scan(folder.Folder, SocketRoles.All);

        var error = scan.Should().Throw<SubmissionException>().Which;
        error.ExitCode.Should().Be(ExitCodes.BadInput);
        error.InnerException.Should().BeAssignableTo<YamlException>();
    }

    [Fact]
    public void An_unavailable_sandbox_could_not_grade_and_says_what_could_not_be_done()
    {
        var cause = new IOException("connection refused");

        var grading = new SandboxUnavailableException("no Docker engine answers", cause);
        var building = new SandboxUnavailableException(grading.Message, grading) { Attempt = "build the image" };

        grading.ExitCode.Should().Be(ExitCodes.CouldNotGrade);
        grading.Line.Should().Be("cannot grade: no Docker engine answers");
        grading.InnerException.Should().BeSameAs(cause);
        building.Line.Should().Be("cannot build the image: no Docker engine answers");
        building.InnerException!.InnerException.Should().BeSameAs(cause);
    }
}
