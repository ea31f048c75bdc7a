using System.Text.Json;
using FluentAssertions;
using Grader.Checks;
using Grader.Labs.WebServer;
using Grader.Labs.WebServer.Checks;
using Grader.Labs.WebServer.Probe;
using Grader.Results;
using Grader.Rubric;
using Grader.Sandboxes;
using Grader.Submissions;
using Grader.Tests.Support;

namespace Grader.Tests.Labs.WebServer;

/// <summary>
/// The web server lab graded end to end, real Python servers in the namespace sandbox probed over real sockets and by
/// headless Chromium, beyond the examples' verdicts (which <see cref="Grading.ExampleSubmissionTests"/> holds every
/// example to): the handout's skeleton passes every required check every time, a server is found whatever its name,
/// the grader's own files are what is served, and the command line keeps its contract.
/// </summary>
public sealed class WebServerLabTests
{
    private static readonly Assignment Rubric = AssignmentLoader.LoadShipped(new WebServerLab().Definition);

    private static Task<GradeResult> GradeAsync(string folder) => LabGrading.GradeAsync(folder, assignment: Rubric);

    // The rubric without the browser's page, which takes a browser's start and involves no wait the kernel decides.
    private static Assignment WithoutTheBrowser =>
        Rubric with
        {
            Roles =
            [
                Rubric.Roles.Single() with
                {
                    Checks = [.. Rubric.Roles.Single().Checks.Where(c => c.Kind != "browser-page")],
                },
            ],
        };

    [Fact]
    public async Task The_handouts_skeleton_passes_every_required_check_in_each_of_five_runs()
    {
        string? first = null;
        for (var run = 1; run <= 5; run++)
        {
            var result = await GradeAsync(Repository.Submission("web-server-as-handed-out"));

            result.ShouldPassEveryRequiredCheck($"run {run}");
            first ??= result.Verdicts();
            result.Verdicts().Should().Be(first, $"run {run} judges robustness as run 1 did");
        }
    }

    [Fact]
    public async Task A_server_that_does_everything_passes_every_check_robustness_and_browser_included()
    {
        var result = await GradeAsync(Repository.Submission("web-server-robust"));

        result.Checks.Should().OnlyContain(c => c.Passed, "web-server-robust serves as every check asks");
        result.RobustnessScore.Should().Be(result.RobustnessMaxScore);
        result
            .Check("web-server/browser-page")
            .Image!.Png[..8]
            .Should()
            .Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], "the screenshot is a PNG");
    }

    [Fact]
    public async Task The_graders_page_is_served_over_a_submissions_file_of_the_same_name_which_stays_as_it_was()
    {
        using var submission = new TempSubmission("own-page");
        File.Copy(Repository.Submission("web-server-robust") + "/WebServer.py", submission.Folder + "/WebServer.py");
        submission.With(TestSite.PageName, "the student's own page\n");

        var result = await GradeAsync(submission.Folder);

        result.Check("web-server/serves-file").Passed.Should().BeTrue(result.Check("web-server/serves-file").Message);
        File.ReadAllText(Path.Combine(submission.Folder, TestSite.PageName))
            .Should()
            .Be("the student's own page\n", "the grader writes its files into the launch's copy, never the submission");
    }

    public static TheoryData<string> Examples() => new(ExampleReadme.NamesOf(WebServerLab.Name));

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Every_check_of_an_example_but_the_browsers_has_the_same_verdict_whether_the_kernel_or_the_deadline_ends_a_wait(
        string name
    ) => (await HangsBothWays.GradeAsync(Repository.Submission(name), WithoutTheBrowser)).ShouldJudgeAlike();

    [Fact]
    public async Task The_handouts_server_is_seen_never_answering_a_second_browser_with_every_verdict_of_the_deadline()
    {
        var both = await HangsBothWays.GradeAsync(Repository.Submission("web-server-as-handed-out"), WithoutTheBrowser);

        both.ShouldJudgeAlike();
        both.Seen.Check("web-server/second-browser")
            .Message.Should()
            .Contain("and never would (it waits in `recvfrom` on a socket with no timeout, as the kernel shows)");
        both.Waited.Check("web-server/second-browser").Message.Should().Contain("within 2 s");
    }

    [Fact]
    public async Task The_textbooks_java_web_server_gets_every_required_point_in_the_direct_sandbox()
    {
        var result = await LabGrading.GradeAsync(
            Repository.Submission("web-server-java"),
            new DirectSandbox(),
            assignment: Rubric
        );

        result.ShouldPassEveryRequiredCheck("the direct sandbox");
        result.Roles.Single().Program.Should().Be("WebServer.java");
    }

    [Fact]
    public async Task The_textbooks_java_web_server_with_both_classes_in_one_file_is_found_and_gets_every_required_point()
    {
        using var submission = new TempSubmission("java-one-file");
        var example = Repository.Submission("web-server-java");
        // Both files' imports first, then both classes.
        var lines = new[] { "WebServer.java", "HttpRequest.java" }
            .SelectMany(file => File.ReadAllLines(Path.Combine(example, file)))
            .ToList();
        static bool IsImport(string line) => line.StartsWith("import ", StringComparison.Ordinal);
        submission.With(
            "WebServer.java",
            string.Join('\n', lines.Where(IsImport).Distinct().Concat(lines.Where(line => !IsImport(line))))
        );

        var result = await GradeAsync(submission.Folder);

        result.ShouldPassEveryRequiredCheck("one file");
        result.Roles.Single().Program.Should().Be("WebServer.java");
        result.Check("web-server/second-browser").Passed.Should().BeTrue("a thread per request serves side by side");
    }

    [Theory]
    [InlineData("main.py")]
    [InlineData("my_http_server.py")]
    public void A_web_server_named_otherwise_is_found_by_its_name_or_by_what_it_does(string name)
    {
        using var submission = new TempSubmission("named-otherwise");
        File.Copy(Repository.Submission("web-server-robust") + "/WebServer.py", Path.Combine(submission.Folder, name));
        submission.With(
            "client.py",
            "from socket import *\ns = socket(AF_INET, SOCK_STREAM)\ns.connect(('localhost', 6789))\n"
        );

        var found = SubmissionScanner.Scan(submission.Folder, [WebServerRoles.Server]);

        found.Programs.Should().ContainSingle().Which.Source.Should().Be(name);
    }

    [Fact]
    public async Task Without_chromium_the_browser_check_is_not_run_says_why_and_costs_no_points()
    {
        var spec = Rubric.Roles.Single().Checks.Single(c => c.Kind == "browser-page");

        var outcome = await new BrowserPageCheck(() => null).RunAsync(
            spec,
            null!,
            TestContext.Current.CancellationToken
        );
        var scored = CheckScoring.Score(spec, outcome, [], null);

        scored.Status.Should().Be(CheckStatus.Skipped);
        scored.Message.Should().Contain("no Chromium").And.Contain("costs no points");
        scored.MaxPoints.Should().Be(0);
        spec.Points.Should().BePositive("the rubric gives it points where it runs");
    }

    [Fact]
    public async Task Grade_with_lab_web_server_exits_0_with_roles_checks_and_the_browsers_screenshot_in_json()
    {
        var run = await GraderCli.RunAsync([
            "grade",
            "submissions/web-server-as-handed-out",
            "--lab",
            "web-server",
            "--format",
            "json",
        ]);

        run.ExitCode.Should().Be(0, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        json.RootElement.GetProperty("assignment").GetString().Should().Be("web-server");
        var role = json.RootElement.GetProperty("roles").EnumerateArray().Should().ContainSingle().Subject;
        role.GetProperty("role").GetString().Should().Be("web-server");
        role.GetProperty("passed").GetBoolean().Should().BeTrue();
        var checks = json.RootElement.GetProperty("checks").EnumerateArray().ToList();
        checks.Select(c => c.GetProperty("id").GetString()).Should().Contain("web-server/serves-file");
        var browser = checks.Single(c => c.GetProperty("id").GetString() == "web-server/browser-page");
        browser.GetProperty("status").GetString().Should().Be("skipped", "the skeleton dies of the picture first");
    }
}
