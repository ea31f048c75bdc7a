namespace Reference.Tests.Support;

/// <summary>An immutable description of a program to start: what to run, with which arguments, where.</summary>
/// <param name="FileName">The executable.</param>
/// <param name="Arguments">Its arguments, passed as they are (no shell).</param>
public sealed record Launch(string FileName, IReadOnlyList<string> Arguments)
{
    /// <summary>The working directory; the test's own when null.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>Environment variables set on top of the test process's own.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>A launch of <paramref name="fileName"/> with <paramref name="arguments"/>.</summary>
    public static Launch Of(string fileName, params string[] arguments) => new(fileName, arguments);

    /// <summary>The same launch run through <paramref name="wrapper"/>, e.g. <c>ip netns exec NAME</c>.</summary>
    public Launch Through(string wrapper, params string[] wrapperArguments) =>
        this with
        {
            FileName = wrapper,
            Arguments = [.. wrapperArguments, FileName, .. Arguments],
        };

    /// <inheritdoc />
    public override string ToString() => string.Join(' ', [FileName, .. Arguments]);
}
