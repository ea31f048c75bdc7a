using FluentAssertions;
using Grader.Labs;
using Grader.Results;
using Grader.Rubric;
using Grader.Tests.Support;

namespace Grader.Tests.Grading;

/// <summary>
/// Every example submission under <c>submissions/</c> gets the verdict its README states (<see cref="ExampleReadme"/>),
/// graded by the lab it names: the correct ones full marks, every time; a faulty lab 1 example fails exactly the role it
/// names, and no other; an example of another lab fails exactly the required checks it names and misses exactly the
/// robustness checks it names.
/// </summary>
public sealed class ExampleSubmissionTests
{
    public static TheoryData<string> Examples() => new(ExampleReadme.AllNames);

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Example_submission_fails_exactly_the_role_its_readme_names(string name)
    {
        var readme = ExampleReadme.Of(name);
        var lab = LabRegistry.Find(readme.Lab);
        lab.Should().NotBeNull($"submissions/{name}/README.md names the lab '{readme.Lab}'");
        readme.SaysFails.Should().BeTrue($"submissions/{name}/README.md must have a 'Fails:' line");
        readme
            .Fails.Where(f => f.Contains('/', StringComparison.Ordinal) != readme.NamesChecks)
            .Should()
            .BeEmpty(
                $"submissions/{name}/README.md must say 'Fails: nothing' or name "
                    + (readme.NamesChecks ? "each failed check as 'Fails: <role>/<check>'" : "the one role it fails")
            );

        var result = await LabGrading.GradeAsync(
            Repository.Submission(name),
            assignment: AssignmentLoader.LoadShipped(lab!.Definition)
        );

        var failedRoles = result.Roles.Where(r => !r.Passed).Select(r => r.Role);
        if (readme.Fails.Count == 0)
        {
            failedRoles.Should().BeEmpty();
            result.Score.Should().Be(result.MaxScore);
        }
        else if (!readme.NamesChecks)
        {
            var expectedFailure = readme.Fails.Single();
            failedRoles.Should().Equal(expectedFailure);
            result
                .Checks.Where(c => c.Required && c.Status == CheckStatus.Failed)
                .Should()
                .NotBeEmpty()
                .And.OnlyContain(c => c.Role == expectedFailure, "one fault is reported once, in its own role");
        }
        if (readme.NamesChecks)
        {
            result
                .Checks.Where(c => c.Required && c.Status == CheckStatus.Failed)
                .Select(c => c.Id)
                .Should()
                .BeEquivalentTo(readme.Fails, "the README names every required check the example fails");
            result
                .Checks.Where(c => !c.Required && c.Status == CheckStatus.Failed)
                .Select(c => c.Id)
                .Should()
                .BeEquivalentTo(readme.Misses, "the README names every robustness check the example misses");
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
}
