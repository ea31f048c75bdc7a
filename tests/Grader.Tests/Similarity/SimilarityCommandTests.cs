using FluentAssertions;
using Grader.Tests.Support;

namespace Grader.Tests.Similarity;

/// <summary><c>grader similarity</c> as a user runs it: its files, and bad input in one line.</summary>
public sealed class SimilarityCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Similarity_of_a_folder_that_holds_no_batch_writes_the_csv_the_json_and_a_report_of_its_own()
    {
        var run = await GraderCli.RunAsync([
            "similarity",
            Path.Combine(Repository.Root, "submissions"),
            "--out",
            _folder.Path,
        ]);

        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stdout.Should().Contain("submissions compared").And.Contain("no grade changed");
        Directory
            .GetFileSystemEntries(_folder.Path)
            .Select(Path.GetFileName)
            .Should()
            .BeEquivalentTo("similarity.csv", "similarity.json", "report.html");
        File.ReadAllText(_folder["report.html"])
            .Should()
            .Contain("<h1>Similarity report: ")
            .And.Contain("id=\"similarity\"");
    }

    [Theory]
    [InlineData("--base", "no-such-starter.py", "grader: --base: there is no file at no-such-starter.py")]
    [InlineData("--threshold", "2", "grader: --threshold takes a number from 0 to 1, such as 0.5, not '2'")]
    [InlineData("--common", "a third", "grader: --common takes a number from 0 to 1")]
    public async Task A_bad_option_is_one_line_and_exit_code_2(string option, string value, string line)
    {
        var run = await GraderCli.RunAsync([
            "similarity",
            Path.Combine(Repository.Root, "submissions"),
            "--out",
            _folder.Path,
            option,
            value,
        ]);

        run.ExitCode.Should().Be(2);
        run.Stderr.Trim().Should().StartWith(line).And.NotContain("\n");
    }

    [Fact]
    public async Task A_missing_class_folder_is_one_line_and_exit_code_2()
    {
        var run = await GraderCli.RunAsync(["similarity", _folder["nowhere"], "--out", _folder["out"]]);

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().StartWith("grader: no folder of submissions at ");
    }

    public void Dispose() => _folder.Dispose();
}
