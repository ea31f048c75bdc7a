using Grader.Rubric;
using Grader.Sandboxes;
using Grader.Sandboxes.Containers;
using Grader.Tests.Support;

namespace Grader.Tests.Containers;

/// <summary>
/// Grading in the docker sandbox for tests. The engine and the runtime image (<c>grader image build</c>) must be there:
/// in CI (where <c>CI</c> is set) their absence fails the test; elsewhere it skips it, saying why.
/// </summary>
public static class DockerGrading
{
    /// <summary>A container grader for <paramref name="assignment"/> (the lab's by default), or a skip or failure when Docker is unavailable.</summary>
    public static async Task<ContainerGrader> CreateAsync(Assignment? assignment = null, ContainerSettings? settings = null)
    {
        try
        {
            return await ContainerGrader.CreateAsync(assignment ?? LabGrading.Lab, settings ?? ContainerSettings.Default, TestContext.Current.CancellationToken);
        }
        catch (SandboxUnavailableException e) when (Environment.GetEnvironmentVariable("CI") is not { Length: > 0 })
        {
            Assert.Skip($"no Docker to test with ({e.Message}); CI runs these tests");
            throw; // not reached
        }
    }

    /// <summary>The grading containers of <paramref name="grader"/>'s run that still exist.</summary>
    public static Task<IReadOnlyList<string>> LeftoversAsync(ContainerGrader grader) =>
        LeftoverContainers.FindAsync(ContainerLabels.Run, grader.RunId, TestContext.Current.CancellationToken);

    /// <summary>The grading containers, running or not, owned by the grader process <paramref name="pid"/>.</summary>
    public static async Task<IReadOnlyList<string>> OwnedByAsync(int pid)
    {
        var all = await LeftoverContainers.FindAllAsync(TestContext.Current.CancellationToken);
        return all.Where(c => c.Owner.StartsWith($"{Environment.MachineName}/{pid}/", StringComparison.Ordinal)).Select(c => c.Id).ToList();
    }
}
