using Grader.Labs;
using Grader.Results;
using Grader.Rubric;
using Grader.Sandboxes.Containers;
using Grader.Tests.Hostile;
using Grader.Tests.Support;

namespace Grader.Tests.Containers;

/// <summary>
/// The threat model in the docker sandbox: a container per submission with only loopback, and inside it each launch
/// as a user of its own, apart from the grader. Every test grades with an instructor's assignment file, so it also
/// proves that the programs cannot read it.
/// </summary>
[Collection(DockerCollection.Name)]
public sealed class DockerHostileTests : HostileContract
{
    /// <inheritdoc />
    protected override IReadOnlyList<string> HiddenPaths { get; } =
    [
        $"{Environment.GetFolderPath(Environment.SpecialFolder.UserProfile)}/.nuget",
        "/work",
        $"{WorkerFiles.AssignmentInContainer}/lab1-limits.yaml",
    ];

    /// <inheritdoc />
    protected override async Task<GradeResult> GradeAsync(string folder, params string[] limits)
    {
        using var assignments = new TempFolder();
        var file = LabGrading.AssignmentFileWith(assignments, limits);
        var grader = await DockerGrading.CreateAsync(
            AssignmentLoader.LoadFile(file, LabRegistry.Catalog),
            new ContainerSettings(ContainerSettings.DefaultImage, file)
        );
        return await grader.GradeAsync(folder, TestContext.Current.CancellationToken);
    }
}
