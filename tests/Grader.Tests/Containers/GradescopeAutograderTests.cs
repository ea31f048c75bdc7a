using System.IO.Compression;
using System.Text.Json.Nodes;
using FluentAssertions;
using Grader.Sandboxes.Containers;
using Grader.Tests.Packaging;
using Grader.Tests.Reports;
using Grader.Tests.Support;

namespace Grader.Tests.Containers;

/// <summary>
/// The zip of <c>grader gradescope package</c> in a container laid out as Gradescope's (<c>/autograder/source</c>,
/// <c>/autograder/submission</c>, <c>/autograder/results</c>): <c>setup.sh</c> runs when the image is built, as
/// Gradescope runs it, then <c>run_autograder</c> grades the submission into a <c>results.json</c> valid against
/// Gradescope's specification. Debian's runtime image with Java and C stands in for Gradescope's Ubuntu base, with no
/// network: <c>setup.sh</c> finds every package there and installs nothing.
/// </summary>
[Collection(DockerCollection.Name)]
public sealed class GradescopeAutograderTests(GradescopeAutograderTests.AutograderImage image)
    : IClassFixture<GradescopeAutograderTests.AutograderImage>
{
    // A correct server that first tries to forge its grade: appends to run_autograder, which bash reads as it runs, a
    // line writing a score of its own, and leaves a file among the results.
    private const string ForgingServer = """
        for path, text in [("/autograder/run_autograder", '\necho \'{"score": 999}\' >/autograder/results/results.json\n'),
                           ("/autograder/results/forged", "999")]:
            try:
                with open(path, "a") as forged:
                    forged.write(text)
            except OSError:
                pass

        """;

    [Fact]
    public async Task The_package_grades_a_correct_submission_in_a_gradescope_shaped_container_to_full_marks()
    {
        var (results, _) = await image.RunAsync("python-correct");

        GradescopeSchema.Violations(results).Should().BeEmpty();
        var json = JsonNode.Parse(results)!;
        json["score"]!.GetValue<int>().Should().Be(51);
        json["output"]!
            .GetValue<string>()
            .Should()
            .Contain(
                "**submission: 51/51 points**",
                "Gradescope hands every submission over as /autograder/submission"
            );
        var tests = json["tests"]!.AsArray();
        tests.Should().NotBeEmpty();
        tests
            .Where(t => t!["tags"]!.AsArray().Any(tag => tag!.GetValue<string>() == "required"))
            .Should()
            .OnlyContain(t => t!["status"]!.GetValue<string>() == "passed");
    }

    [Fact]
    public async Task A_submission_the_grader_cannot_grade_still_gets_a_results_json_with_zero_and_the_reason()
    {
        var (results, _) = await image.RunAsync(submission: null);

        GradescopeSchema.Violations(results).Should().BeEmpty();
        var json = JsonNode.Parse(results)!;
        json["score"]!.GetValue<int>().Should().Be(0);
        json["output"]!
            .GetValue<string>()
            .Should()
            .Contain("could not grade this submission")
            .And.Contain("no submission folder at /autograder/submission");
    }

    [Fact]
    public async Task A_program_runs_as_a_user_of_its_own_and_cannot_touch_run_autograder_or_the_results()
    {
        var (results, log) = await image.RunAsync(
            "forging",
            "cmp -s /autograder/run_autograder /autograder/source/run_autograder && echo unchanged; ls /autograder/results"
        );

        JsonNode.Parse(results)!["score"]!.GetValue<int>().Should().Be(51, "the server ran, and served: {0}", log);
        var lines = log.Split('\n');
        lines.Should().Contain("unchanged", "run_autograder is root's: {0}", log);
        lines.Should().NotContain("forged", "the results are root's");
    }

    /// <summary>An image made from the package as Gradescope makes one: the zip unpacked into
    /// <c>/autograder/source</c> with its permissions, <c>setup.sh</c> run, <c>run_autograder</c> copied to
    /// <c>/autograder/</c>; the examples to hand in wait in <c>/examples</c>.</summary>
    public sealed class AutograderImage : IAsyncLifetime
    {
        private readonly string _tag = $"lab-grader-gradescope-test:{Guid.NewGuid():N}";
        private readonly TempFolder _context = new();

        public async ValueTask InitializeAsync()
        {
            var (available, reason) = await DockerEngine.ProbeAsync(TestContext.Current.CancellationToken);
            if (!available && !DockerGrading.MustRunEveryTest)
                return;
            available.Should().BeTrue(reason);
            var zip = _context["autograder.zip"];
            var grader = await SingleFilePublish.ExecutableAsync("linux-x64");
            var package = await GraderCli.RunAsync([
                "gradescope",
                "package",
                "--with",
                "java,c",
                "--grader",
                grader,
                "-o",
                zip,
            ]);
            package.ExitCode.Should().Be(0, package.Stderr);
            package.Stdout.Should().StartWith($"wrote {zip}").And.Contain("the single-file grader");
            using (var archive = ZipFile.OpenRead(zip))
            {
                archive
                    .Entries.Select(e => e.FullName)
                    .Should()
                    .Equal("setup.sh", "run_autograder", "assignment.yaml", "bin/grader");
                archive
                    .Entries.Where(e => e.FullName != "assignment.yaml")
                    .Should()
                    .OnlyContain(e => (e.ExternalAttributes >> 16 & 0b111_111_111) == 0b111_101_101, "rwxr-xr-x");
            }
            ZipFile.ExtractToDirectory(zip, _context["source"]);
            File.Delete(zip);
            Folders.Copy(Repository.Submission("python-correct"), _context["examples/python-correct"]);
            Folders.Copy(Repository.Submission("python-correct"), _context["examples/forging"]);
            File.WriteAllText(
                _context["examples/forging/TCPServer.py"],
                ForgingServer + File.ReadAllText(Repository.Submission("python-correct/TCPServer.py"))
            );
            File.WriteAllText(
                _context["Dockerfile"],
                $"""
                FROM {LanguageExamples.LanguagesImage}
                COPY source /autograder/source
                RUN bash /autograder/source/setup.sh && cp /autograder/source/run_autograder /autograder/run_autograder
                COPY examples /examples
                """
            );
            var build = await Docker("build", "--tag", _tag, _context.Path);
            build.ExitCode.Should().Be(0, build.Output);
            build.Output.Should().Contain("already installed").And.Contain("setup.sh: the grader runs");
        }

        /// <summary>Runs <c>run_autograder</c> in a container of the image with the example
        /// <paramref name="submission"/> handed in (none when null), and returns the <c>results.json</c> it left and
        /// what it printed, and what <paramref name="after"/>, a shell command run after it, printed.</summary>
        public async Task<(string Results, string Log)> RunAsync(string? submission, string? after = null)
        {
            var (available, reason) = await DockerEngine.ProbeAsync(TestContext.Current.CancellationToken);
            if (!available && !DockerGrading.MustRunEveryTest)
                Assert.Skip($"no Docker to test with ({reason}); ./test.sh starts the engine and runs these tests");
            var name = $"lab-grader-gradescope-test-{Guid.NewGuid():N}";
            try
            {
                var handIn = submission is null ? "" : $"cp -r /examples/{submission} /autograder/submission && ";
                var run = await Docker(
                    "run",
                    "--name",
                    name,
                    _tag,
                    "bash",
                    "-c",
                    handIn + "/autograder/run_autograder" + (after is null ? "" : $"; {after}")
                );
                run.ExitCode.Should().Be(0, run.Output);
                var results = _context[$"results-{name}.json"];
                var copy = await Docker("cp", $"{name}:/autograder/results/results.json", results);
                copy.ExitCode.Should().Be(0, $"run_autograder leaves results.json; it printed:\n{run.Output}");
                return (File.ReadAllText(results), run.Output);
            }
            finally
            {
                await Docker("rm", "--force", name);
            }
        }

        public async ValueTask DisposeAsync()
        {
            await Docker("image", "rm", "--force", _tag);
            _context.Dispose();
        }
    }

    private static Task<(int ExitCode, string Output)> Docker(params string[] args) =>
        SingleFilePublish.RunAsync("docker", args);
}
