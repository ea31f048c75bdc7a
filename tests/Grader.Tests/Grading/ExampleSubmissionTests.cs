using System.Text.RegularExpressions;
using FluentAssertions;
using Grader.Results;
using Grader.Tests.Support;

namespace Grader.Tests.Grading;

/// <summary>
/// Every example submission under <c>submissions/</c> gets the verdict its README states on its <c>Fails:</c> line:
/// the correct ones full marks, every time; each faulty one fails exactly the role it names, and no other.
/// </summary>
public sealed partial class ExampleSubmissionTests
{
    public static TheoryData<string> Examples() =>
        new(Directory.GetDirectories(Path.Combine(Repository.Root, "submissions")).Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Example_submission_fails_exactly_the_role_its_readme_names(string name)
    {
        var expectedFailure = ExpectedFailure(name);

        var result = await LabGrading.GradeAsync(Repository.Submission(name));

        var failedRoles = result.Roles.Where(r => !r.Passed).Select(r => r.Role);
        if (expectedFailure is null)
        {
            failedRoles.Should().BeEmpty();
            result.Score.Should().Be(result.MaxScore);
        }
        else
        {
            failedRoles.Should().Equal(expectedFailure);
            result
                .Checks.Where(c => c.Required && c.Status == CheckStatus.Failed)
                .Should()
                .NotBeEmpty()
                .And.OnlyContain(c => c.Role == expectedFailure, "one fault is reported once, in its own role");
        }
    }

    [Fact]
    public async Task Correct_python_submission_gets_full_marks_and_the_same_robustness_verdicts_in_every_one_of_ten_runs()
    {
        string? firstRobustness = null;
        for (var run = 1; run <= 10; run++)
        {
            var result = await LabGrading.GradeAsync(Repository.Submission("python-correct"));

            result
                .Checks.Where(c => c.Required && !c.Passed)
                .Should()
                .BeEmpty($"run {run} must pass every required check");
            result.Score.Should().Be(result.MaxScore);
            var robustness = string.Join(", ", result.Checks.Where(c => !c.Required).Select(c => $"{c.Id}={c.Status}"));
            firstRobustness ??= robustness;
            robustness.Should().Be(firstRobustness, $"run {run} must judge robustness as run 1 did");
        }
    }

    [Fact]
    public async Task Faults_are_diagnosed_in_words_that_name_them()
    {
        var results = await Task.WhenAll(
            new[]
            {
                "python-sequential-as-concurrent",
                "python-exits-after-one-client",
                "python-no-uppercase",
                "python-client-uppercases",
                "python-reads-until-eof",
            }.Select(name => LabGrading.GradeAsync(Repository.Submission(name)))
        );

        string FirstFailure(int i) =>
            results[i].Checks.First(c => c.Required && c.Status == CheckStatus.Failed).Message;
        FirstFailure(0).Should().Contain("serves one client at a time");
        FirstFailure(1).Should().Contain("exited with code 0, after serving 1 client");
        FirstFailure(2).Should().Contain("without upper-casing it");
        FirstFailure(3).Should().Contain("it must print the server's reply");
        FirstFailure(4).Should().Contain("it waits for the end of the stream");
    }

    private static string? ExpectedFailure(string name)
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Submission(name), "README.md"));
        var line = FailsLine().Match(readme);
        line.Success.Should().BeTrue($"submissions/{name}/README.md must say 'Fails: <role>' or 'Fails: nothing'");
        var role = line.Groups[1].Value;
        return role == "nothing" ? null : role;
    }

    [GeneratedRegex(@"^Fails: ([a-z-]+)\s*$", RegexOptions.Multiline)]
    private static partial Regex FailsLine();
}
