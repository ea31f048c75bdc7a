using System.Text.Json;
using FluentAssertions;
using Grader.Results;
using Grader.Tests.Reports;

namespace Grader.Tests.Results;

/// <summary>The JSON result keeps its notes, and a result stored before notes were kept (as <c>--resume</c> reads it)
/// is read with none.</summary>
[Fast]
public sealed class GradeResultJsonTests
{
    [Fact]
    public void Notes_are_written_and_read_back()
    {
        var json = JsonSerializer.Serialize(SampleGrades.Failing, ResultJson.Options);

        JsonSerializer
            .Deserialize<GradeResult>(json, ResultJson.Options)!
            .Notes.Should()
            .Equal(SampleGrades.Failing.Notes)
            .And.NotBeEmpty();
    }

    [Theory]
    [InlineData("", "a result stored before notes were kept")]
    [InlineData(", \"notes\": null", "a result whose notes are null")]
    public void A_result_without_notes_is_read_with_none(string notes, string why)
    {
        var json = JsonSerializer.Serialize(SampleGrades.Passing with { Notes = [] }, ResultJson.Options);
        json = json[..json.IndexOf(",\n  \"notes\"", StringComparison.Ordinal)] + notes + "\n}";

        JsonSerializer.Deserialize<GradeResult>(json, ResultJson.Options)!.Notes.Should().BeEmpty(why);
    }
}
