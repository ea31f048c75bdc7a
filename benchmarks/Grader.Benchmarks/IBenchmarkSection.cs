namespace Grader.Benchmarks;

/// <summary>One section of the benchmark: it runs its comparisons and returns its figures.</summary>
internal interface IBenchmarkSection
{
    /// <summary>Its name for <c>--only</c>.</summary>
    string Name { get; }

    /// <summary>What it measures, as its heading.</summary>
    string Title { get; }

    /// <summary>Runs it.</summary>
    Task<IReadOnlyList<Figure>> RunAsync(BenchmarkContext context, CancellationToken cancellationToken);
}
