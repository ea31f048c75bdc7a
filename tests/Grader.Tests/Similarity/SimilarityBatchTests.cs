using FluentAssertions;
using Grader.Similarity;
using Grader.Tests.Support;
using Microsoft.VisualBasic.FileIO;

namespace Grader.Tests.Similarity;

/// <summary>What <c>grader batch … --similarity</c> over the examples and a generated class writes: the planted copies
/// found, the independent solutions not, the grades untouched, and the section seen in Chromium.</summary>
[Collection(nameof(ExampleClass))]
public sealed class SimilarityBatchTests(ExampleClass examples)
{
    [Fact]
    public async Task Similarity_csv_reports_every_planted_pair_and_no_independent_solution()
    {
        var batch = await SimilarityBatch.OfAsync(examples);
        batch.Run.ExitCode.Should().Be(0, batch.Run.Stderr);
        batch.Run.Stdout.Should().Contain("similarity: ").And.Contain("no grade changed");

        var rows = Rows(batch["similarity.csv"]);
        rows[0].Should().StartWith(["first", "second", "pair_score", "program", "first_file", "second_file"]);
        var pairs = rows.Skip(1).Select(r => (r[0], r[1])).ToHashSet();
        pairs.Should().Contain(batch.Corpus.PlantedPairs);
        pairs.Should().NotContain(p => p.Item1.StartsWith("independent-") || p.Item2.StartsWith("independent-"));
        rows.Skip(1).Should().OnlyContain(r => r.Length == rows[0].Length && r[9].Length > 0 && r[10].Length > 0);
    }

    [Fact]
    public async Task The_examples_grades_are_those_of_the_batch_without_similarity()
    {
        var batch = await SimilarityBatch.OfAsync(examples);

        foreach (var name in ExampleClass.Names)
            File.ReadAllText(Path.Combine(batch.Out, "results", name + ".json"))
                .Should()
                .Be(File.ReadAllText(Path.Combine(examples.Out, "results", name + ".json")), name);
    }

    [Fact]
    public async Task Html_report_shows_the_pairs_and_the_first_side_by_side_with_its_matched_lines_highlighted_in_chromium()
    {
        var batch = await SimilarityBatch.OfAsync(examples);
        var html = File.ReadAllText(batch["report.html"]);
        html.Should()
            .Contain("id=\"similarity\"")
            .And.Contain("class=\"side-by-side\"")
            .And.Contain(System.Net.WebUtility.HtmlEncode(SimilarityReport.NotAVerdict))
            .And.Contain("id=\"score-histogram\"");
        html.Should().NotContainAny("src=", "href=\"http", "@import", "url(http");

        var screenshot = batch.Scratch("similarity.png");
        await Chromium.ScreenshotAsync(batch["report.html"], screenshot, height: 12000);

        var png = Png.Read(screenshot);
        png.Count("#fecaca")
            .Should()
            .BeGreaterThan(20_000, "the first pair's matched lines are highlighted in #fecaca");
        png.Count("#a78bfa").Should().BeGreaterThan(2_000, "the pairs' score bars are #a78bfa");
        TestContext.Current.AddAttachment("similarity.png", File.ReadAllBytes(screenshot), "image/png");
    }

    private static List<string[]> Rows(string path)
    {
        using var parser = new TextFieldParser(path)
        {
            TextFieldType = FieldType.Delimited,
            HasFieldsEnclosedInQuotes = true,
        };
        parser.SetDelimiters(",");
        var rows = new List<string[]>();
        while (!parser.EndOfData)
            rows.Add(parser.ReadFields()!);
        return rows;
    }
}
