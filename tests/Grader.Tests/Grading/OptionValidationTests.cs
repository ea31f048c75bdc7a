using FluentAssertions;
using Grader.Tests.Support;

namespace Grader.Tests.Grading;

/// <summary>
/// Bad option and argument values are caught by the command line's parse step, before any grading starts: one line on
/// standard error that names the value and points to the help, and exit code 2. What the grader could not do for
/// want of a sandbox is exit code 3, said as what failed.
/// </summary>
public sealed class OptionValidationTests
{
    [Theory]
    [InlineData("batch submissions --out {out} --parallel 0", "--parallel takes a number of at least 1, not '0'")]
    [InlineData("batch submissions --out {out} --parallel many", "--parallel takes a number of at least 1, not 'many'")]
    [InlineData(
        "batch submissions --out {out} --shard 0/2",
        "--shard takes K/N with 1 ≤ K ≤ N, such as 1/4, or auto, not '0/2'"
    )]
    [InlineData(
        "batch submissions --out {out} --shard 2/1/1",
        "--shard takes K/N with 1 ≤ K ≤ N, such as 1/4, or auto, not '2/1/1'"
    )]
    [InlineData(
        "batch submissions --out {out} --shard 1/2 --shard-count 2",
        "--shard-count goes with --shard auto; --shard K/N says the count itself"
    )]
    [InlineData(
        "batch submissions --out {out} --shard auto --shard-count 0",
        "--shard-count takes a number of at least 1, not '0'"
    )]
    [InlineData(
        "batch submissions --out {out} --share reference /no/such/sources",
        "--share: there is no file or folder at /no/such/sources"
    )]
    [InlineData("batch /no/such/class --out {out}", "no folder of submissions at /no/such/class")]
    [InlineData(
        "batch submissions --out {out} --sandbox docker --share reference",
        "--share does not reach into --sandbox docker's containers"
    )]
    [InlineData("grade /no/such/folder", "no submission folder at /no/such/folder")]
    [InlineData(
        "grade submissions/python-correct --share /no/such/sources",
        "--share: there is no file or folder at /no/such/sources"
    )]
    [InlineData(
        "grade submissions/python-correct --sandbox docker --share reference",
        "--share does not reach into --sandbox docker's containers"
    )]
    [InlineData(
        "grade submissions/python-correct --output /no/such/folder/report.json",
        "--output: there is no folder /no/such/folder to write /no/such/folder/report.json in"
    )]
    [InlineData("image build --sources /no/such.sources", "no apt sources file at /no/such.sources")]
    [InlineData(
        "batch submissions --out {out} --similarity --threshold 1.5",
        "--threshold takes a number from 0 to 1, such as 0.5, not '1.5'"
    )]
    [InlineData(
        "batch submissions --out {out} --similarity --base /no/such/starter.py",
        "--base: there is no file at /no/such/starter.py"
    )]
    [InlineData("similarity /no/such/class --out {out}", "no folder of submissions at /no/such/class")]
    public async Task A_bad_value_is_one_line_naming_it_and_exit_code_2_before_anything_runs(
        string command,
        string message
    )
    {
        using var scratch = new TempFolder();
        var output = scratch["never-written"];

        var run = await GraderCli.RunAsync(command.Replace("{out}", output).Split(' '));

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Be($"grader: {message} (see 'grader --help')\n");
        run.Stdout.Should().BeEmpty();
        Directory.Exists(output).Should().BeFalse("nothing runs once a value is refused");
    }

    [Theory]
    [InlineData("--share", "--share: there is no file or folder at ''")]
    [InlineData("--output", "--output takes the name of a file to write")]
    public async Task An_empty_path_is_refused_in_one_line_not_a_crash(string option, string message)
    {
        var run = await GraderCli.RunAsync(["grade", "submissions/python-correct", option, ""]);

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Be($"grader: {message} (see 'grader --help')\n");
    }

    [Fact]
    public async Task An_unreachable_docker_engine_is_exit_code_3_and_one_line_saying_it_cannot_grade()
    {
        // Port 9 (discard) on loopback: nothing answers there, and no engine is touched.
        var run = await GraderCli.RunAsync(
            ["grade", "submissions/python-correct", "--sandbox", "docker"],
            new Dictionary<string, string> { ["DOCKER_HOST"] = "tcp://127.0.0.1:9" }
        );

        run.ExitCode.Should().Be(3);
        run.Stderr.Trim()
            .Should()
            .StartWith(
                "grader: cannot grade: the docker sandbox is unavailable: no Docker engine answers at tcp://127.0.0.1:9/"
            )
            .And.NotContain("\n")
            .And.NotContain("   at ");
    }

    [Fact]
    public async Task An_image_build_that_cannot_run_says_it_cannot_build_the_image_with_exit_code_3()
    {
        using var scratch = new TempFolder();
        var sources = scratch["debian.sources"];
        await File.WriteAllTextAsync(
            sources,
            "Types: deb\nURIs: http://deb.debian.org/debian\nSuites: trixie\nComponents: main\n",
            TestContext.Current.CancellationToken
        );

        var run = await GraderCli.RunAsync(
            ["image", "build", "--suite", "trixie", "--sources", sources],
            new Dictionary<string, string> { ["DOCKER_HOST"] = "tcp://127.0.0.1:9" }
        );

        run.ExitCode.Should().Be(3);
        run.Stderr.Trim()
            .Split('\n')[^1]
            .Should()
            .StartWith("grader: cannot build the image: ")
            .And.NotContain("cannot grade");
    }
}
