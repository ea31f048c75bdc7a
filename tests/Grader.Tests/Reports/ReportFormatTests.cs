using System.Text.Json;
using System.Text.Json.Nodes;
using FluentAssertions;
using Grader.Labs;
using Grader.Reports;
using Grader.Results;
using Grader.Rubric;
using Grader.Tests.Support;

namespace Grader.Tests.Reports;

/// <summary>The report formats of <c>grade</c>: Gradescope's results.json, hidden checks in every format, GitHub
/// Actions, one submission's HTML.</summary>
public sealed class ReportFormatTests
{
    private const string HiddenTitle = "Serves a second client while one is idle, and a tenth while nine are";

    private static int RequiredPoints => LabGrading.Lab.Checks.Where(c => c.Required).Sum(c => c.Points);

    private static int PointsOf(params string[] ids) =>
        LabGrading.Lab.Checks.Where(c => ids.Contains(c.FullId)).Sum(c => c.Points);

    [Fact]
    public async Task Gradescope_results_have_a_test_per_check_with_the_fields_gradescope_reads_and_scores_that_sum_to_the_total()
    {
        using var folder = new TempFolder();
        var run = await GraderCli.RunAsync([
            "grade",
            "submissions/python-sequential-as-concurrent",
            "--format",
            "gradescope",
            "--output",
            folder["results.json"],
        ]);

        run.ExitCode.Should().Be(1);
        var results = JsonNode.Parse(File.ReadAllText(folder["results.json"]))!.AsObject();
        // Not concurrent: idle-clients fails, and the hidden simultaneous-clients check, which needs it, is skipped.
        var expected =
            RequiredPoints
            - PointsOf("tcp-server-concurrent/idle-clients", "tcp-server-concurrent/simultaneous-clients");
        results["score"]!.GetValue<int>().Should().Be(expected);
        results["execution_time"]!.GetValue<double>().Should().BePositive();
        GradescopeSchema.Violations(File.ReadAllText(folder["results.json"])).Should().BeEmpty();
        var tests = results["tests"]!.AsArray().Select(t => t!.AsObject()).ToList();
        tests.Should().HaveCount(LabGrading.Lab.Checks.Count());
        foreach (var test in tests)
        {
            test.Select(p => p.Key)
                .Should()
                .BeEquivalentTo(
                    "name",
                    "number",
                    "score",
                    "max_score",
                    "status",
                    "output",
                    "output_format",
                    "visibility",
                    "tags"
                );
            test["status"]!.GetValue<string>().Should().BeOneOf("passed", "failed");
            test["visibility"]!.GetValue<string>().Should().BeOneOf("visible", "after_published");
        }
        tests.Sum(t => t["score"]!.GetValue<int>()).Should().Be(expected);
        tests.Sum(t => t["max_score"]!.GetValue<int>()).Should().Be(RequiredPoints);
        var failed = tests
            .Where(t => t["status"]!.GetValue<string>() == "failed" && t["max_score"]!.GetValue<int>() > 0)
            .ToList();
        failed
            .Select(t => t["name"]!.GetValue<string>())
            .Should()
            .Equal(
                $"tcp-server-concurrent/idle-clients: {HiddenTitle}",
                "tcp-server-concurrent/simultaneous-clients (hidden)"
            );
        failed = [failed[0]];
        failed[0]["output"]!
            .GetValue<string>()
            .Should()
            .Contain("serves one client at a time")
            .And.Contain("note: the kernel shows the server waits in `recvfrom` on a socket with no timeout");
    }

    [Fact]
    public async Task Hidden_checks_are_counted_but_not_detailed_in_every_format_a_student_sees_and_detailed_for_instructors()
    {
        var result = await LabGrading.GradeAsync(
            Repository.Submission("python-sequential-as-concurrent"),
            assignment: WithHiddenIdleClientCheck()
        );
        var hidden = result.Check("tcp-server-concurrent/idle-clients");
        hidden.Status.Should().Be(CheckStatus.Failed);
        var details = new[] { HiddenTitle, hidden.Message, "served beside 1 idle", "serves one client at a time" };

        foreach (var report in ReportFormats.All)
        {
            var student = await RenderAsync(report, result, instructor: false);
            student.Should().NotContainAny(details, $"the {report.Format} report is for a student");
            student
                .Should()
                .Match(
                    s =>
                        s.Contains("hidden check", StringComparison.Ordinal)
                        || s.Contains("tcp-server-concurrent/idle-clients", StringComparison.Ordinal),
                    $"the {report.Format} report counts the hidden check"
                );
            var instructor = await RenderAsync(report, result, instructor: true);
            instructor
                .Should()
                .Contain("tcp-server-concurrent/idle-clients", $"the {report.Format} report is for an instructor");
        }

        var json = JsonSerializer.Deserialize<GradeResult>(
            await RenderAsync(new JsonReport(), result, instructor: false),
            JsonReport.Options
        )!;
        json.Score.Should().Be(result.Score);
        var counted = json.Check("tcp-server-concurrent/idle-clients");
        (counted.Status, counted.Points, counted.MaxPoints, counted.Transcript.Count, counted.Output)
            .Should()
            .Be((CheckStatus.Failed, 0, PointsOf("tcp-server-concurrent/idle-clients"), 0, (ProgramOutput?)null));

        var gradescope = JsonNode.Parse(await RenderAsync(new GradescopeReport(), result, instructor: false))!;
        gradescope["tests"]!
            .AsArray()
            .Where(t => t!["visibility"]!.GetValue<string>() == "after_published")
            .Select(t => t!["name"]!.GetValue<string>())
            .Should()
            .Contain("tcp-server-concurrent/idle-clients (hidden)");
        var hiddenChecks = result.Checks.Where(c => c.Visibility == Visibility.Hidden).ToList();
        (await RenderAsync(new ConsoleReport(), result, instructor: false))
            .Should()
            .Contain($"{hiddenChecks.Count} hidden checks: {hiddenChecks.Count(c => c.Passed)} passed");
    }

    [Fact]
    public async Task In_github_actions_grade_appends_a_markdown_job_summary_and_annotates_each_failed_check_keeping_json_clean()
    {
        using var folder = new TempFolder();
        var summary = folder["summary.md"];
        File.WriteAllText(summary, "earlier steps' summary\n");

        var run = await GraderCli.RunAsync(
            ["grade", "submissions/python-newline-sent", "--format", "json"],
            new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true", ["GITHUB_STEP_SUMMARY"] = summary }
        );

        run.ExitCode.Should().Be(1);
        var expected = RequiredPoints - PointsOf("tcp-client/sends-line");
        JsonNode.Parse(run.Stdout)!["score"]!.GetValue<int>().Should().Be(expected);
        run.Stderr.Trim()
            .Should()
            .StartWith(
                "::error title=tcp-client/sends-line%3A Sends exactly the line typed%2C UTF-8%2C without the newline::the client sent `sockets are fun: grüße ✓\\n`"
            );
        var markdown = File.ReadAllText(summary);
        markdown
            .Should()
            .StartWith(
                $"earlier steps' summary\n## python-newline-sent: {expected}/{RequiredPoints} points, ❌ some required checks failed"
            );
        markdown
            .Should()
            .Contain("| tcp-client | `TCPClient.py` | ❌ failed | 7/10 |")
            .And.Contain("<details><summary>❌ <code>tcp-client/sends-line</code>");
    }

    [Fact]
    public async Task Html_report_of_one_submission_draws_each_failed_exchange_as_a_sequence_diagram_with_the_timeout_marked()
    {
        // Deadlines waited out, as where the kernel cannot tell: the diagram marks the timeout.
        var result = await LabGrading.GradeAsync(
            Repository.Submission("python-sequential-as-concurrent"),
            assignment: LabGrading.Lab with
            {
                Hangs = HangWatch.Deadline,
            }
        );

        var html = await RenderAsync(new HtmlReport(), result, instructor: false);

        html.Should().StartWith("<!DOCTYPE html>").And.Contain("<svg class=\"sequence\"");
        html.Should()
            .Contain(">idle 1<")
            .And.Contain(">second client<")
            .And.Contain(">TCPServerConcurrent.py<")
            .And.Contain(">program · tcp-server-concurrent<");
        html.Should().Contain("served beside 1 idle  (20 B)").And.Contain("timed out: no reply within 1 s");
        html.Should().NotContain("score-histogram", "a single submission has no class charts");
    }

    private static async Task<string> RenderAsync(IReport report, GradeResult result, bool instructor)
    {
        var output = new StringWriter();
        await report.WriteAsync(
            result,
            new ReportContext(instructor, []),
            output,
            TestContext.Current.CancellationToken
        );
        return output.ToString();
    }

    private static Assignment WithHiddenIdleClientCheck()
    {
        var yaml = File.ReadAllText(Path.Combine(Repository.Root, "grader", "Labs", "Lab1Sockets", "lab1-sockets.yaml"))
            .Replace(
                $"title: {HiddenTitle}\n",
                $"title: {HiddenTitle}\n        visibility: hidden\n",
                StringComparison.Ordinal
            );
        using var folder = new TempFolder();
        File.WriteAllText(folder["hidden.yaml"], yaml);
        var assignment = AssignmentLoader.LoadFile(folder["hidden.yaml"], LabRegistry.Catalog);
        assignment
            .Checks.Single(c => c.FullId == "tcp-server-concurrent/idle-clients")
            .Visibility.Should()
            .Be(Visibility.Hidden);
        return assignment;
    }
}
