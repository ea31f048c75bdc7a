using FluentAssertions;
using Grader.Platforms;
using Grader.Tests.Support;

namespace Grader.Tests.Platforms;

/// <summary>
/// What cannot be read or written is said in one line with exit code 2, before any grading: a download given without
/// <c>--from</c>, a class no platform's, a gradebook without its platform's ids, bad option values, a download over its
/// limits. <c>class import</c> writes a class to look at, and a batch of it writes the gradebook from its roster.
/// </summary>
public sealed class PlatformCommandLineTests
{
    [Theory]
    [InlineData(
        "batch {zip} --out {out}",
        "{zip} is an archive: to grade a platform's download, add --from auto (or the platform)"
    )]
    [InlineData(
        "batch /no/such.zip --from auto --out {out}",
        "no download at /no/such.zip: name a platform's zip or a folder"
    )]
    [InlineData(
        "class import /no/such.zip --from auto --out {out}",
        "no download at /no/such.zip: name a platform's zip or a folder"
    )]
    [InlineData(
        "batch submissions --out {out} --gradebook canvas",
        "--gradebook canvas needs the students' Canvas ids, which a Canvas download read with --from (or a folder written by 'grader class import') gives: submissions has no roster.csv"
    )]
    [InlineData(
        "batch {zip} --from moodle --out {out} --gradebook canvas",
        "--gradebook canvas needs Canvas's ids, and a Moodle download has Moodle's"
    )]
    [InlineData(
        "batch {zip} --from auto --out {out} --gradebook canvas --points 0",
        "--points takes a number above 0, such as 10 or 100, not '0'"
    )]
    [InlineData(
        "batch {zip} --from auto --out {out} --points 10",
        "--points scales the grades of a gradebook file: it goes with --gradebook"
    )]
    [InlineData(
        "batch {zip} --from auto --out {out} --gradebook moodle --gradebook-column Lab1",
        "--gradebook-column names Canvas's column: it goes with --gradebook canvas"
    )]
    [InlineData(
        "batch {zip} --from auto --out {out} --max-download-size 10KiB",
        "--max-download-size takes a size of at least 1MiB, such as 4GiB or 500MiB, not '10KiB'"
    )]
    [InlineData("class import {zip} --from sakai --out {out}", "Argument 'sakai' not recognized. Must be one of:*")]
    public async Task A_bad_value_is_one_line_and_exit_code_2_before_anything_runs(string command, string message)
    {
        using var scratch = new TempFolder();
        var zip = scratch["canvas-download.zip"];
        PlatformDownloads.Canvas(zip);
        var output = scratch["never-written"];

        var run = await GraderCli.RunAsync(command.Replace("{zip}", zip).Replace("{out}", output).Split(' '));

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Match($"grader: {message.Replace("{zip}", zip)}*(see 'grader --help')\n");
        run.Stderr.TrimEnd('\n').Should().NotContain("\n");
        run.Stdout.Should().BeEmpty();
        Directory.Exists(output).Should().BeFalse("nothing runs once a value is refused");
    }

    [Fact]
    public async Task A_class_folder_of_no_platform_is_refused_in_one_line_saying_to_name_the_platform()
    {
        using var scratch = new TempFolder();
        var run = await GraderCli.RunAsync([
            "class",
            "import",
            Repository.Submission("python-correct"),
            "--from",
            "auto",
            "--out",
            scratch["class"],
        ]);

        run.ExitCode.Should().Be(2);
        run.Stderr.Should()
            .Be(
                $"grader: cannot tell which platform {Repository.Submission("python-correct")} comes from: none of its 6 entries is named as Canvas, Moodle or Blackboard name a student's files, nor is a cloned repository; name the platform with --from\n"
            );
        Directory.Exists(scratch["class"]).Should().BeFalse();
    }

    [Fact]
    public async Task A_download_over_its_file_limit_is_refused_naming_the_option_that_raises_it()
    {
        using var scratch = new TempFolder();
        var zip = scratch["Lab 1 submissions.zip"];
        PlatformDownloads.Canvas(zip);

        var run = await GraderCli.RunAsync([
            "class",
            "import",
            zip,
            "--from",
            "auto",
            "--out",
            scratch["class"],
            "--max-download-files",
            "5",
        ]);

        run.ExitCode.Should().Be(2);
        run.Stderr.Should()
            .Be(
                "grader: Lab 1 submissions.zip holds more than 5 files and folders (--max-download-files): raise the limit to import it whole\n"
            );
        Directory.Exists(scratch["class"]).Should().BeFalse();
        Directory.GetFileSystemEntries(scratch.Path).Should().Equal([zip], "a refused import leaves nothing behind");
    }

    [Fact]
    public async Task An_import_is_a_class_to_look_at_and_a_folder_holding_something_else_is_never_overwritten()
    {
        using var scratch = new TempFolder();
        var zip = scratch["Lab 1 submissions.zip"];
        PlatformDownloads.Canvas(zip);

        var run = await GraderCli.RunAsync(["class", "import", zip, "--from", "canvas", "--out", scratch["class"]]);

        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stdout.Should().Contain($"read {zip} as a Canvas download").And.Contain("imported 4 students, 24 files");
        Directory
            .GetDirectories(scratch["class"])
            .Select(Path.GetFileName)
            .Should()
            .BeEquivalentTo(
                "doejane-4412",
                "núñezjosé-4413",
                "o_brienmary-4414".Replace("_", "-", StringComparison.Ordinal),
                "4415"
            );
        File.ReadAllText(Path.Combine(scratch["class"], "doejane-4412", "TCPServer.py"))
            .Should()
            .Be(
                File.ReadAllText(Path.Combine(Repository.Submission("python-correct"), "TCPServer.py")),
                "the later upload is kept"
            );
        Roster.Load(scratch["class"])!.Students.Should().HaveCount(4);

        var again = await GraderCli.RunAsync(["class", "import", zip, "--from", "canvas", "--out", scratch["class"]]);
        again.ExitCode.Should().Be(0, "an earlier import is replaced");

        var wrongGradebook = await GraderCli.RunAsync([
            "batch",
            scratch["class"],
            "--out",
            scratch["out"],
            "--gradebook",
            "moodle",
        ]);
        wrongGradebook.ExitCode.Should().Be(2);
        wrongGradebook
            .Stderr.Should()
            .Be(
                $"grader: --gradebook moodle needs Moodle's ids, and the students of {scratch["class"]} are Canvas's (see 'grader --help')\n"
            );
        var reimport = await GraderCli.RunAsync(["batch", scratch["class"], "--from", "auto", "--out", scratch["out"]]);
        reimport.ExitCode.Should().Be(2);
        reimport
            .Stderr.Should()
            .Be(
                $"grader: {scratch["class"]} is a class folder 'grader class import' wrote: grade it without --from ('grader batch {scratch["class"]} --out …')\n"
            );

        var mine = scratch["mine"];
        Directory.CreateDirectory(mine);
        File.WriteAllText(Path.Combine(mine, "notes.txt"), "mine");
        var refused = await GraderCli.RunAsync(["class", "import", zip, "--from", "canvas", "--out", mine]);
        refused.ExitCode.Should().Be(2);
        refused
            .Stderr.Should()
            .Be(
                $"grader: --out {mine} holds files and is not a class the grader imported (it has no roster.csv): import into a new or empty folder\n"
            );
        File.ReadAllText(Path.Combine(mine, "notes.txt")).Should().Be("mine");
    }
}
