namespace Grader.Tests.Containers;

/// <summary>
/// The container tests run one at a time and alone: on a two-core machine, grading in containers beside the rest of
/// the suite would push correct programs past the rubric's deadlines.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DockerCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "docker";
}
