using System.Globalization;
using FluentAssertions;
using Grader.Reports;
using Grader.Results;
using Grader.Tests.Support;

namespace Grader.Tests.Reports;

/// <summary>
/// Every report format over fixed grades, compared with its reviewed snapshot in <c>Snapshots/</c>: what a student, an
/// instructor or a CI system sees, exactly, without grading anything.
/// </summary>
[Fast]
public sealed class ReportSnapshotTests
{
    /// <summary>
    /// Every render runs in a culture that writes decimal commas, whatever the machine's: reports promise the same
    /// bytes everywhere, so a number written in the current culture shows up here as a comma.
    /// </summary>
    private static readonly CultureInfo CommaCulture = CultureInfo.GetCultureInfo("de-DE");

    /// <summary>The name of every format <c>grade --format</c> offers.</summary>
    public static TheoryData<string> Formats() => [.. ReportFormats.All.Select(r => r.Format)];

    /// <summary>The name of every format <c>batch</c> also writes for a whole class.</summary>
    public static TheoryData<string> ClassFormats() =>
        [.. ReportFormats.All.Where(r => r is IBatchReport).Select(r => r.Format)];

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Passing_submission_reads_as_its_snapshot(string format) =>
        Snapshot.Match(await RenderAsync(format, SampleGrades.Passing, Student([])), $"{format}.passing");

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Failing_submission_shows_each_diagnosis_transcript_and_missing_role_to_a_student_as_its_snapshot(
        string format
    ) =>
        Snapshot.Match(
            await RenderAsync(format, SampleGrades.Failing, Student([SampleGrades.FallbackNotice])),
            $"{format}.failing"
        );

    [Theory]
    [InlineData("console")]
    [InlineData("markdown")]
    public async Task Failing_submission_shows_hidden_checks_in_detail_to_an_instructor_as_its_snapshot(
        string format
    ) =>
        Snapshot.Match(
            await RenderAsync(format, SampleGrades.Failing, new ReportContext(Instructor: true, [])),
            $"{format}.failing.instructor"
        );

    [Theory]
    [MemberData(nameof(ClassFormats))]
    public async Task Class_report_reads_as_its_snapshot(string format)
    {
        var report = (IBatchReport)ReportFormats.Named(format);
        var text = await InCommaCultureAsync(async output =>
            await report.WriteAsync(SampleGrades.Class, output, TestContext.Current.CancellationToken)
        );
        Snapshot.Match(text, $"{format}.class");
    }

    [Fact]
    public async Task Console_report_is_plain_text_at_a_fixed_width_when_not_written_to_a_terminal()
    {
        var text = await RenderAsync("console", SampleGrades.Failing, new ReportContext(Instructor: true, []));

        text.Should().NotContain("\u001b", "colours are for terminals, not files");
        text.Split('\n')
            .Where(line => line.StartsWith('╭') || line.StartsWith('╰'))
            .Should()
            .OnlyContain(border => border.Length <= 120);
    }

    [Fact]
    public async Task Console_report_writes_durations_and_times_with_a_decimal_point_in_any_culture()
    {
        var text = await RenderAsync("console", SampleGrades.Failing, Student([]));

        text.Should().Contain("23.5 s)").And.Contain("2182.1 ms").And.NotContain("23,5 s");
    }

    [Fact]
    public async Task Csv_rows_end_with_crlf_as_rfc_4180_says()
    {
        var text = await RenderAsync("csv", SampleGrades.Failing, Student([]));

        text.Should().EndWith("\r\n");
        text.Replace("\r\n", "", StringComparison.Ordinal).Should().NotContain("\n");
    }

    private static ReportContext Student(IReadOnlyList<string> notices) => new(Instructor: false, notices);

    private static Task<string> RenderAsync(string format, GradeResult result, ReportContext context) =>
        InCommaCultureAsync(output =>
            ReportFormats.Named(format).WriteAsync(result, context, output, TestContext.Current.CancellationToken)
        );

    private static async Task<string> InCommaCultureAsync(Func<TextWriter, Task> write)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CommaCulture;
        try
        {
            await using var output = new Utf8StringWriter(CommaCulture);
            await write(output);
            return output.ToString();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
