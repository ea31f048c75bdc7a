using FluentAssertions;
using Grader.Reports;

namespace Grader.Tests.Reports;

/// <summary>The console report where the environment says it runs in CI: no colour codes unless it is a
/// terminal.</summary>
[Collection(ProcessEnvironmentCollection.Name)]
[Fast]
public sealed class ConsoleReportTests
{
    [Theory]
    [InlineData("GITHUB_ACTIONS", "true")]
    [InlineData("TF_BUILD", "True")]
    public async Task Console_report_written_to_a_file_in_ci_is_plain_text_without_colour_codes(
        string variable,
        string value
    )
    {
        var before = Environment.GetEnvironmentVariable(variable);
        Environment.SetEnvironmentVariable(variable, value);
        try
        {
            await using var output = new StringWriter();
            await new ConsoleReport().WriteAsync(
                SampleGrades.Failing,
                new ReportContext(Instructor: false, []),
                output,
                TestContext.Current.CancellationToken
            );

            output.ToString().Should().NotContain("\u001b").And.Contain("bob: 11/25 points");
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, before);
        }
    }
}
