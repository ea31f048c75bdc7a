namespace Grader.Tests.Containers;

/// <summary>
/// The container tests, one at a time (each starts containers and a reaper of its own), beside the rest of the suite:
/// deadlines count a program's own time, so the load of the tests beside them changes no verdict.
/// </summary>
[CollectionDefinition(Name)]
public sealed class DockerCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "docker";
}
