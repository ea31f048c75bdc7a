using FluentAssertions;
using Grader.Sandboxes.Containers;
using Grader.Tests.Support;

namespace Grader.Tests.Containers;

/// <summary>
/// Every correct example in another language than Python gets every required point in a container of an image built
/// with its language (<see cref="LanguageExamples.LanguagesImage"/>), as in the other sandboxes.
/// </summary>
[Collection(DockerCollection.Name)]
public sealed class EveryLanguageContainerTests
{
    public static TheoryData<string> Examples() => new(LanguageExamples.Names);

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task A_correct_example_in_another_language_gets_every_required_point_in_a_container_of_its_language(
        string name
    )
    {
        var grader = await DockerGrading.CreateAsync(
            LanguageExamples.Rubric(name),
            ContainerSettings.Default with
            {
                Image = LanguageExamples.LanguagesImage,
            }
        );

        var result = await grader.GradeAsync(Repository.Submission(name), TestContext.Current.CancellationToken);

        result.Sandbox.Should().Be("docker");
        result.ShouldPassEveryRequiredCheck($"a container of {LanguageExamples.LanguagesImage} ({name})");
        (await DockerGrading.LeftoversAsync(grader)).Should().BeEmpty("the container is removed once grading ends");
    }
}
