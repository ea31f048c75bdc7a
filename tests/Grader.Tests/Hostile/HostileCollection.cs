namespace Grader.Tests.Hostile;

/// <summary>
/// The hostile-program tests, run alone after the others: a fork bomb or a memory hog loads the machine for a moment,
/// which must not shift the timing-sensitive checks of tests running beside it.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HostileCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "hostile programs";
}
