using Docker.DotNet;
using Docker.DotNet.Models;

namespace Grader.Sandboxes.Containers;

/// <summary>Finds and removes grading containers by their <see cref="ContainerLabels"/>.</summary>
public static class LeftoverContainers
{
    /// <summary>The ids of the grading containers (running or not) that carry <paramref name="label"/> = <paramref
    /// name="value"/>.</summary>
    public static async Task<IReadOnlyList<string>> FindAsync(
        string label,
        string value,
        CancellationToken cancellationToken
    )
    {
        using var client = await DockerEngine.CreateClientAsync(cancellationToken);
        var found = await ListAsync(client, $"{label}={value}", cancellationToken);
        return found.Select(c => c.ID).ToList();
    }

    /// <summary>Every grading container on the engine, running or not, with its owner (<see
    /// cref="ContainerLabels.Owner"/>).</summary>
    public static async Task<IReadOnlyList<(string Id, string Owner)>> FindAllAsync(CancellationToken cancellationToken)
    {
        using var client = await DockerEngine.CreateClientAsync(cancellationToken);
        var found = await ListAsync(client, ContainerLabels.Sandbox, cancellationToken);
        return found
            .Select(c => (c.ID, c.Labels.TryGetValue(ContainerLabels.Owner, out var owner) ? owner : ""))
            .ToList();
    }

    /// <summary>Removes the grading containers whose owner was a grader process on this machine that no longer runs;
    /// returns how many.</summary>
    public static async Task<int> RemoveOrphansAsync(CancellationToken cancellationToken)
    {
        using var client = await DockerEngine.CreateClientAsync(cancellationToken);
        var orphans = (await ListAsync(client, ContainerLabels.Sandbox, cancellationToken))
            .Where(c =>
                c.Labels.TryGetValue(ContainerLabels.Owner, out var owner) && ContainerLabels.IsDeadOwner(owner)
            )
            .ToList();
        foreach (var orphan in orphans)
            await RemoveAsync(client, orphan.ID, cancellationToken);
        return orphans.Count;
    }

    /// <summary>
    /// Removes the containers of the grader process <paramref name="owner"/> (a <see cref="ContainerLabels.Owner"/>
    /// value) except its reapers, which end by themselves; returns how many it removed.
    /// </summary>
    public static async Task<int> RemoveOwnedByAsync(string owner, CancellationToken cancellationToken)
    {
        using var client = await DockerEngine.CreateClientAsync(cancellationToken);
        var owned = (await ListAsync(client, $"{ContainerLabels.Owner}={owner}", cancellationToken))
            .Where(c => !c.Labels.ContainsKey(ContainerLabels.Reaper))
            .ToList();
        await Task.WhenAll(owned.Select(c => RemoveAsync(client, c.ID, cancellationToken)));
        return owned.Count;
    }

    /// <summary>Kills and removes one container at once (no grace period: student programs need none); a missing one is
    /// fine.</summary>
    public static async Task RemoveAsync(IDockerClient client, string id, CancellationToken cancellationToken)
    {
        try
        {
            await client.Containers.RemoveContainerAsync(
                id,
                new ContainerRemoveParameters { Force = true, RemoveVolumes = true },
                cancellationToken
            );
        }
        catch (DockerContainerNotFoundException)
        {
            // Already gone.
        }
        catch (DockerApiException e) when (e.StatusCode == System.Net.HttpStatusCode.Conflict)
        {
            // Removal already in progress.
        }
    }

    private static async Task<IList<ContainerListResponse>> ListAsync(
        IDockerClient client,
        string labelFilter,
        CancellationToken cancellationToken
    ) =>
        await client.Containers.ListContainersAsync(
            new ContainersListParameters
            {
                All = true,
                Filters = new Dictionary<string, IDictionary<string, bool>>
                {
                    ["label"] = new Dictionary<string, bool> { [labelFilter] = true },
                },
            },
            cancellationToken
        );
}
