using System.Text.Json.Nodes;
using FluentAssertions;
using Grader.Reports;
using Grader.Results;

namespace Grader.Tests.Reports;

/// <summary>
/// The <c>results.json</c> of <c>--format gradescope</c> against the schema written from Gradescope's autograder
/// specification, and the fields an autograder's results are read by.
/// </summary>
[Fast]
public sealed class GradescopeResultsTests
{
    public static TheoryData<string> Samples() => ["passing", "failing"];

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Results_json_is_valid_against_gradescopes_specification(string sample)
    {
        var json = await RenderAsync(Sample(sample), instructor: false);

        GradescopeSchema.Violations(json).Should().BeEmpty();
    }

    [Fact]
    public void The_schema_refuses_what_gradescope_does_not_read()
    {
        GradescopeSchema.Violations("""{ "score": 1, "tests": [] }""").Should().BeEmpty();
        GradescopeSchema
            .Violations("""{ "tests": [ { "name": "no score anywhere" } ] }""")
            .Should()
            .NotBeEmpty("a score is needed, on the submission or on every test");
        GradescopeSchema
            .Violations("""{ "score": 1, "tests": [ { "score": 1, "status": "skipped" } ] }""")
            .Should()
            .NotBeEmpty("a test passes or fails");
        GradescopeSchema
            .Violations("""{ "score": 1, "output_format": "markdown" }""")
            .Should()
            .NotBeEmpty("Markdown is md");
        GradescopeSchema
            .Violations("""{ "score": 1, "tests": [ { "score": 1, "maxscore": 1 } ] }""")
            .Should()
            .NotBeEmpty("a misspelt field is refused");
    }

    [Fact]
    public async Task Every_test_is_numbered_by_role_tagged_and_written_in_markdown_and_stdout_stays_hidden()
    {
        var results = JsonNode.Parse(await RenderAsync(SampleGrades.Failing, instructor: false))!.AsObject();

        (results["output_format"]!.GetValue<string>(), results["stdout_visibility"]!.GetValue<string>())
            .Should()
            .Be(("md", "hidden"));
        results["output"]!.GetValue<string>().Should().Contain("**bob: 11/25 points**");
        var tests = results["tests"]!.AsArray().Select(t => t!.AsObject()).ToList();
        tests
            .Select(t => t["number"]!.GetValue<string>())
            .Should()
            .StartWith(["1.1", "1.2", "1.3", "1.4", "2.1"])
            .And.OnlyHaveUniqueItems();
        tests.Should().OnlyContain(t => t["output_format"]!.GetValue<string>() == "md");
        tests[0]["tags"]!.AsArray().Select(t => t!.GetValue<string>()).Should().Equal("tcp-server", "required");
        tests[3]["tags"]!.AsArray().Select(t => t!.GetValue<string>()).Should().Equal("tcp-server", "robustness");
        tests[0]["output"]!.GetValue<string>().Should().Contain("\n```text\nwhat happened:\n").And.EndWith("\n```");
    }

    private static GradeResult Sample(string name) => name == "passing" ? SampleGrades.Passing : SampleGrades.Failing;

    private static async Task<string> RenderAsync(GradeResult result, bool instructor)
    {
        await using var output = new StringWriter();
        await new GradescopeReport().WriteAsync(
            result,
            new ReportContext(instructor, []),
            output,
            TestContext.Current.CancellationToken
        );
        return output.ToString();
    }
}
