using FluentAssertions;
using Grader.Labs;
using Grader.Sandboxes;
using Grader.Tests.Support;

namespace Grader.Tests.Grading;

/// <summary>
/// Every language a lab supports has a correct example, and it gets every required point in every sandbox: the
/// namespace one (<see cref="ExampleSubmissionTests"/> grades every example there), the direct one (here), and a
/// container of an image built with the language (<see cref="Containers.EveryLanguageContainerTests"/>). A whole
/// language can fail silently while every Python test stays green; these keep it from doing so unseen.
/// </summary>
public sealed class EveryLanguageTests
{
    public static TheoryData<string> Examples() => new(LanguageExamples.Names);

    [Fact]
    public void Lab_1_has_a_correct_example_in_c_and_every_lab_one_in_java()
    {
        var covered = LanguageExamples
            .Names.Select(name => (ExampleReadme.Of(name).Lab, LanguageExamples.LanguageOf(name)))
            .ToHashSet();

        covered.Should().Contain((ExampleReadme.FirstLab, ".c"));
        foreach (var lab in LabRegistry.All)
            covered.Should().Contain((lab.Definition.Name, ".java"), "every lab has a correct Java example");
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task A_correct_example_in_another_language_gets_every_required_point_in_the_direct_sandbox(string name)
    {
        var result = await LabGrading.GradeAsync(
            Repository.Submission(name),
            new DirectSandbox(),
            assignment: LanguageExamples.Rubric(name)
        );

        result.ShouldPassEveryRequiredCheck($"the direct sandbox ({name})");
    }
}
