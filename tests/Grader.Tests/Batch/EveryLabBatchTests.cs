using FluentAssertions;
using Grader.Results;
using Grader.Tests.Support;

namespace Grader.Tests.Batch;

/// <summary>
/// <c>grader batch --lab NAME</c> over the examples of each lab besides lab 1 (whose class <see cref="BatchOutputTests"/>
/// and <see cref="ResumeTests"/> grade): every report is written, each stored result has the verdict its README names,
/// and a resumed batch keeps every result as it was.
/// </summary>
public sealed class EveryLabBatchTests
{
    [Theory]
    [InlineData("web-server")]
    [InlineData("udp-pinger")]
    [InlineData("mail-client")]
    public async Task A_batch_of_a_labs_examples_writes_every_report_with_each_verdict_and_a_resumed_one_keeps_them(
        string lab
    )
    {
        var names = ExampleReadme.NamesOf(lab);
        names.Should().HaveCountGreaterThanOrEqualTo(5, "each lab has a correct example and at least four faulty ones");
        using var folder = new TempFolder();
        var submissions = folder["class"];
        Directory.CreateDirectory(submissions);
        foreach (var name in names)
            Directory.CreateSymbolicLink(Path.Combine(submissions, name), Repository.Submission(name));
        var output = folder["out"];
        var results = Path.Combine(output, "results");

        var run = await GraderCli.RunAsync(["batch", submissions, "--out", output, "--lab", lab]);

        run.ExitCode.Should().Be(0, run.Stderr);
        foreach (var file in new[] { "grades.csv", "junit.xml", "report.html", "summary.md" })
            new FileInfo(Path.Combine(output, file)).Length.Should().BeGreaterThan(0, file);
        var csv = File.ReadAllText(Path.Combine(output, "grades.csv"));
        foreach (var name in names)
        {
            var readme = ExampleReadme.Of(name);
            var result = ExampleClass.ReadResult(Path.Combine(results, name + ".json"));
            result
                .Checks.Where(c => c.Required && c.Status == CheckStatus.Failed)
                .Select(c => c.Id)
                .Should()
                .BeEquivalentTo(readme.Fails, $"{name}: its README names every required check it fails");
            result
                .Checks.Where(c => !c.Required && c.Status == CheckStatus.Failed)
                .Select(c => c.Id)
                .Should()
                .BeEquivalentTo(readme.Misses, $"{name}: its README names every robustness check it misses");
            csv.Should().Contain($"\n{name},", "grades.csv has a row per submission");
        }

        var before = names.ToDictionary(name => name, name => File.ReadAllBytes(Path.Combine(results, name + ".json")));
        var resumed = await GraderCli.RunAsync(["batch", submissions, "--out", output, "--lab", lab, "--resume"]);

        resumed.ExitCode.Should().Be(0, resumed.Stderr);
        resumed.Stdout.Should().Contain($"graded 0, kept {names.Count} unchanged");
        foreach (var (name, bytes) in before)
            File.ReadAllBytes(Path.Combine(results, name + ".json")).Should().Equal(bytes, name);
    }
}
