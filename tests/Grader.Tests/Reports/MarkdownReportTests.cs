using FluentAssertions;
using Grader.Reports;
using Grader.Results;

namespace Grader.Tests.Reports;

/// <summary>The class summary's headline in Markdown, over hand-built scores.</summary>
[Fast]
public sealed class MarkdownReportTests
{
    [Theory]
    [InlineData(new[] { 20 }, "median score 20/25")]
    [InlineData(new[] { 25, 11, 20 }, "median score 20/25")]
    [InlineData(new[] { 11, 20 }, "median score 15.5/25")]
    [InlineData(new[] { 10, 20 }, "median score 15/25")]
    [InlineData(new[] { 25, 0, 1, 0 }, "median score 0.5/25")]
    public async Task Class_summary_gives_the_median_score_the_middle_one_or_the_mean_of_the_two_middle_ones(
        int[] scores,
        string median
    )
    {
        var text = await RenderAsync(ClassResult.Of(scores.Select((s, i) => Scored($"s{i}", s)), []));

        text.Should().Contain($"passed every required check; {median}.");
    }

    [Fact]
    public async Task Class_summary_of_no_submissions_says_so_and_gives_no_median()
    {
        var text = await RenderAsync(
            ClassResult.Of([], [new UngradedSubmission("dave", "no submission folder at dave")])
        );

        text.Should().StartWith("# grades: 0 submissions graded, 1 could not be\n").And.NotContain("median");
    }

    private static GradeResult Scored(string submission, int score) =>
        new(submission, "lab1-sockets", score, 25, 0, 0, 0, "namespace", [], []);

    private static async Task<string> RenderAsync(ClassResult results)
    {
        await using var output = new StringWriter();
        await new MarkdownReport().WriteAsync(results, output, TestContext.Current.CancellationToken);
        return output.ToString().ReplaceLineEndings("\n");
    }
}
