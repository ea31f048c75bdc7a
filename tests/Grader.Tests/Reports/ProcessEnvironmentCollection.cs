namespace Grader.Tests.Reports;

/// <summary>
/// The tests that change this process's environment variables, run alone after the others: no test beside them, nor a
/// program another test starts, may see the change.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironmentCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "process environment";
}
