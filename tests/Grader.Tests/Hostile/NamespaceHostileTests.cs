using Grader.Results;
using Grader.Rubric;
using Grader.Tests.Support;

namespace Grader.Tests.Hostile;

/// <summary>The threat model in the namespace sandbox: a fresh network, PID and mount namespace and user per
/// launch.</summary>
[Collection(HostileCollection.Name)]
public sealed class NamespaceHostileTests : HostileContract
{
    /// <inheritdoc />
    protected override IReadOnlyList<string> HiddenPaths { get; } = ["/home", "/work", "/var", "/run", "/mnt"];

    /// <inheritdoc />
    protected override async Task<GradeResult> GradeAsync(string folder, params string[] limits)
    {
        using var assignments = new TempFolder();
        var assignment =
            limits.Length == 0
                ? LabGrading.Lab
                : AssignmentLoader.LoadFile(
                    LabGrading.AssignmentFileWith(assignments, limits),
                    Grader.Labs.LabRegistry.Catalog
                );
        return await LabGrading.GradeAsync(folder, assignment: assignment);
    }
}
