namespace Grader.Tests.Load;

/// <summary>
/// The tests that load the machine on purpose, run alone after the others: their idle half must be idle, and their
/// CPU hogs must not slow the tests beside them.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LoadCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "machine load";
}
