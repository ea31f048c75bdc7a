using Docker.DotNet.Models;
using Grader.Grading;
using Grader.Rubric;
using Grader.Sandboxes;
using Grader.Sandboxes.Containers;
using Grader.Tests.Support;

namespace Grader.Tests.Containers;

/// <summary>
/// Grading in the docker sandbox for tests. The engine and the runtime image (<c>grader image build</c>) must be there:
/// under <c>./test.sh</c> (which sets <c>LAB_GRADER_TESTS_COMPLETE</c>, after starting the engine and building the
/// image) and in CI (where <c>CI</c> is set) their absence fails the test; under a bare <c>dotnet test</c> it skips it,
/// saying why.
/// </summary>
public static class DockerGrading
{
    /// <summary>A container grader for <paramref name="assignment"/> (the lab's by default), or a skip or failure when
    /// Docker is unavailable.</summary>
    public static async Task<ContainerGrader> CreateAsync(
        Assignment? assignment = null,
        ContainerSettings? settings = null
    )
    {
        try
        {
            return await ContainerGrader.CreateAsync(
                assignment ?? LabGrading.Lab,
                settings ?? ContainerSettings.Default,
                TestContext.Current.CancellationToken
            );
        }
        catch (SandboxUnavailableException e) when (!MustRunEveryTest)
        {
            Assert.Skip($"no Docker to test with ({e.Message}); ./test.sh starts the engine and runs these tests");
            throw; // not reached
        }
    }

    /// <summary>Whether this run must run every test, none skipped: under <c>./test.sh</c> or in CI.</summary>
    public static bool MustRunEveryTest =>
        Environment.GetEnvironmentVariable("LAB_GRADER_TESTS_COMPLETE") is { Length: > 0 }
        || Environment.GetEnvironmentVariable("CI") is { Length: > 0 };

    /// <summary>The grading containers of <paramref name="grader"/>'s run that still exist.</summary>
    public static Task<IReadOnlyList<string>> LeftoversAsync(ContainerGrader grader) =>
        LeftoverContainers.FindAsync(ContainerLabels.Run, grader.RunId, TestContext.Current.CancellationToken);

    /// <summary>The grading containers, running or not, owned by the grader process <paramref name="pid"/>.</summary>
    public static async Task<IReadOnlyList<string>> OwnedByAsync(int pid)
    {
        var all = await LeftoverContainers.FindAllAsync(TestContext.Current.CancellationToken);
        return all.Where(c => c.Owner.StartsWith($"{Environment.MachineName}/{pid}/", StringComparison.Ordinal))
            .Select(c => c.Id)
            .ToList();
    }

    /// <summary>The containers, running or not, owned by the grader process <paramref name="pid"/>, its reaper among
    /// them.</summary>
    public static async Task<IReadOnlyList<OwnedContainer>> ContainersOfAsync(int pid)
    {
        using var client = await DockerEngine.CreateClientAsync(TestContext.Current.CancellationToken);
        var all = await client.Containers.ListContainersAsync(
            new ContainersListParameters
            {
                All = true,
                Filters = new Dictionary<string, IDictionary<string, bool>>
                {
                    ["label"] = new Dictionary<string, bool> { [ContainerLabels.Sandbox] = true },
                },
            },
            TestContext.Current.CancellationToken
        );
        return all.Where(c =>
                c.Labels.TryGetValue(ContainerLabels.Owner, out var owner)
                && owner.StartsWith($"{Environment.MachineName}/{pid}/", StringComparison.Ordinal)
            )
            .Select(c => new OwnedContainer(
                c.ID,
                c.Labels[ContainerLabels.Sandbox],
                c.State,
                c.Labels.ContainsKey(ContainerLabels.Reaper)
            ))
            .ToList();
    }
}
