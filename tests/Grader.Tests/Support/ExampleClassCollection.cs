namespace Grader.Tests.Support;

/// <summary>The tests that share one whole batch over the examples.</summary>
[CollectionDefinition(nameof(ExampleClass))]
public sealed class ExampleClassCollection : ICollectionFixture<ExampleClass>;
