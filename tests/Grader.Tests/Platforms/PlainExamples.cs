using Grader.Results;
using Grader.Tests.Support;

namespace Grader.Tests.Platforms;

/// <summary>One <c>grader batch</c> of <see cref="PlatformDownloads.Examples"/> as plain folders: the grades every
/// platform's download of the same examples must get.</summary>
public sealed class PlainExamples : IAsyncLifetime
{
    private readonly TempFolder _folder = new();

    /// <summary>How the plain batch ended.</summary>
    public GraderCli.Run Run { get; private set; } = new(-1, "", "");

    /// <summary>A fresh folder for a test's own files, deleted with the fixture.</summary>
    public string Scratch(string name) => _folder[name];

    /// <summary>The plain batch's result for <paramref name="example"/>.</summary>
    public GradeResult Result(string example) =>
        ExampleClass.ReadResult(Path.Combine(_folder["plain-out"], "results", example + ".json"));

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        var plain = _folder["plain"];
        Directory.CreateDirectory(plain);
        foreach (var example in PlatformDownloads.Examples)
            Directory.CreateSymbolicLink(Path.Combine(plain, example), Repository.Submission(example));
        Run = await GraderCli.RunAsync(["batch", plain, "--out", _folder["plain-out"]]);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _folder.Dispose();
        return ValueTask.CompletedTask;
    }
}
