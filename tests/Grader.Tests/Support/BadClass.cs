using FluentAssertions;

namespace Grader.Tests.Support;

/// <summary>A class folder of <see cref="BadInputs"/> graded by <c>grader batch</c>, and what every one of them must
/// get: a verdict and its note, never an internal error nor "could not be graded".</summary>
public sealed class BadClass : IDisposable
{
    private readonly TempFolder _folder = new();

    /// <summary>Writes the class.</summary>
    public BadClass() => Cases = BadInputs.WriteClass(Folder);

    /// <summary>The class folder.</summary>
    public string Folder => _folder["class"];

    /// <summary>The batch's output folder.</summary>
    public string Out => _folder["out"];

    /// <summary>The submissions and what each must be told.</summary>
    public IReadOnlyList<BadInputs.Case> Cases { get; }

    /// <summary>The arguments of <c>grader batch</c> over the class, in <paramref name="sandbox"/>.</summary>
    public IReadOnlyList<string> BatchArguments(string sandbox) =>
        ["batch", Folder, "--out", Out, "--sandbox", sandbox, "--parallel", "2"];

    /// <summary>Asserts that the batch that ended with <paramref name="run"/> graded every submission with its
    /// notes, and the correct ones with full marks.</summary>
    public void ShouldHaveGradedEveryOne(GraderCli.Run run)
    {
        run.Stderr.Should().NotContain("internal error");
        run.ExitCode.Should().Be(0, $"every submission was graded, bad input or not: {run.Stdout}\n{run.Stderr}");
        foreach (var bad in Cases)
        {
            var path = Path.Combine(Out, "results", bad.Name + ".json");
            File.Exists(path).Should().BeTrue($"{bad.Name} is graded: {run.Stdout}");
            var result = ExampleClass.ReadResult(path);
            result.Checks.Should().NotBeEmpty($"{bad.Name} has a verdict, not a reason it could not be graded");
            result.Notes.Should().Equal(bad.Notes, $"{bad.Name}'s report says what was left out and why");
            if (bad.FullMarks)
                result.Score.Should().Be(result.MaxScore, $"{bad.Name}'s programs are all there and correct");
            else
                result.Score.Should().BeLessThan(result.MaxScore, $"{bad.Name} holds no programs");
        }
    }

    /// <summary>Deletes it all, names .NET cannot spell included.</summary>
    public void Dispose()
    {
        BadInputs.Delete(_folder.Path);
        _folder.Dispose();
    }
}
