using Grader.Sandboxes.Containers;

namespace Grader.Tests.Containers;

/// <summary>A container of one grader process, as the engine lists it.</summary>
/// <param name="Id">The container's id.</param>
/// <param name="Name">Its <see cref="ContainerLabels.Sandbox"/> label: the submission's name, or the reaper's.</param>
/// <param name="State">The engine's word for its state: created, running, exited…</param>
/// <param name="IsReaper">Whether it is the grader's reaper.</param>
public sealed record OwnedContainer(string Id, string Name, string State, bool IsReaper)
{
    /// <summary>Whether its process runs.</summary>
    public bool IsRunning => State == "running";
}
