using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using FluentAssertions;
using Grader.Results;
using Grader.Tests.Support;
using Microsoft.VisualBasic.FileIO;

namespace Grader.Tests.Batch;

/// <summary>What one <c>grader batch</c> over the example submissions writes: every file, each with the right
/// contents.</summary>
[Collection(nameof(ExampleClass))]
public sealed class BatchOutputTests(ExampleClass batch)
{
    [Fact]
    public void Batch_over_the_examples_exits_0_and_stores_a_result_per_submission_with_the_verdict_its_readme_names()
    {
        batch.Run.ExitCode.Should().Be(0, batch.Run.Stderr);
        Directory
            .GetFiles(batch["results"], "*.json")
            .Select(Path.GetFileNameWithoutExtension)
            .Should()
            .BeEquivalentTo(ExampleClass.Names);
        foreach (var name in ExampleClass.Names)
        {
            var result = batch.Result(name);
            var failing = ExampleClass.FailingRole(name);
            result
                .Roles.Where(r => !r.Passed)
                .Select(r => r.Role)
                .Should()
                .Equal(failing is null ? [] : [failing], name);
            result.SubmissionHash.Should().StartWith("sha256:");
        }
        foreach (var file in new[] { "grades.csv", "junit.xml", "report.html", "summary.md" })
            new FileInfo(batch[file]).Length.Should().BeGreaterThan(0, file);
        Directory.GetFiles(batch.Out, "*.partial", System.IO.SearchOption.AllDirectories).Should().BeEmpty();
    }

    [Fact]
    public void Grades_csv_parses_with_one_row_per_submission_and_a_column_per_role_and_per_check()
    {
        using var parser = new TextFieldParser(batch["grades.csv"])
        {
            TextFieldType = FieldType.Delimited,
            HasFieldsEnclosedInQuotes = true,
        };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        var rows = new List<string[]>();
        while (!parser.EndOfData)
            rows.Add(parser.ReadFields()!);

        var sample = batch.Result("python-correct");
        header.Take(4).Should().Equal("submission", "score", "max_score", "passed");
        header
            .Should()
            .ContainInOrder(sample.Roles.Select(r => r.Role))
            .And.ContainInOrder(sample.Checks.Select(c => c.Id));
        rows.Select(r => r[0]).Should().Equal(ExampleClass.Names);
        foreach (var row in rows)
        {
            row.Should().HaveCount(header.Length);
            var result = batch.Result(row[0]);
            int Column(string name) =>
                int.Parse(row[Array.IndexOf(header, name)], System.Globalization.CultureInfo.InvariantCulture);
            Column("score").Should().Be(result.Score);
            Column("max_score").Should().Be(result.MaxScore);
            result.Roles.Select(r => Column(r.Role)).Should().Equal(result.Roles.Select(r => r.Score));
            result.Checks.Select(c => Column(c.Id)).Should().Equal(result.Checks.Select(c => c.Points));
            result.Checks.Where(c => c.Required).Sum(c => Column(c.Id)).Should().Be(Column("score"));
            result.Checks.Where(c => !c.Required).Sum(c => Column(c.Id)).Should().Be(Column("robustness"));
        }
    }

    [Fact]
    public void Junit_xml_validates_against_the_junit_schema_with_a_test_case_per_check_and_failures_with_their_diagnosis()
    {
        var schemas = new XmlSchemaSet();
        schemas.Add("", XmlReader.Create(new StringReader(JUnitSchema.Xsd)));
        var errors = new List<string>();
        var document = XDocument.Load(batch["junit.xml"]);
        document.Validate(schemas, (_, e) => errors.Add(e.Message));
        errors.Should().BeEmpty();

        var suites = document.Root!.Elements("testsuite").ToList();
        suites.Select(s => (string)s.Attribute("name")!).Should().Equal(ExampleClass.Names);
        foreach (var suite in suites)
        {
            var result = batch.Result((string)suite.Attribute("name")!);
            suite.Elements("testcase").Should().HaveCount(result.Checks.Count);
            ((int)suite.Attribute("failures")!).Should().Be(result.Checks.Count(c => c.IsFault));
            ((int)suite.Attribute("skipped")!)
                .Should()
                .Be(result.Checks.Count(c => c.Status == CheckStatus.Skipped || c.IsRobustnessMiss));
            foreach (var failed in result.Checks.Where(c => c.IsFault))
                suite
                    .Elements("testcase")
                    .Single(t => ((string)t.Attribute("name")!).StartsWith(failed.Id + ":", StringComparison.Ordinal))
                    .Element("failure")!
                    .Attribute("message")!
                    .Value.Should()
                    .Be(failed.Message);
        }
        ((int)document.Root!.Attribute("tests")!)
            .Should()
            .Be(ExampleClass.Names.Sum(n => batch.Result(n).Checks.Count));
    }

    [Fact]
    public void Summary_md_has_a_row_per_submission_the_pass_rate_of_every_check_and_the_common_diagnoses()
    {
        var summary = File.ReadAllText(batch["summary.md"]);

        var count = ExampleClass.Names.Count;
        summary.Should().StartWith($"# lab1-sockets: {count} submissions graded");
        foreach (var name in ExampleClass.Names)
            summary.Should().Contain($"| {name} | {batch.Result(name).Score}/{batch.Result(name).MaxScore} |");
        summary
            .Should()
            .Contain("## Pass rate of every check")
            .And.Contain(
                $"| `tcp-server-concurrent/idle-clients` Serves a second client while one is idle, and a tenth while nine are | {count - 1}/{count} | {(count - 1) / (double)count:0%} |"
            );
        summary
            .Should()
            .Contain("## Most common diagnoses")
            .And.Contain("`tcp-server-concurrent/idle-clients`: while a first client was connected and idle");
    }

    [Fact]
    public async Task Html_report_opens_offline_in_chromium_with_the_score_histogram_and_a_sequence_diagram_visible()
    {
        var html = File.ReadAllText(batch["report.html"]);
        html.Should().Contain("id=\"score-histogram\"").And.Contain("class=\"sequence\"");
        html.Should().NotContainAny("src=", "href=\"http", "@import", "url(http");

        var screenshot = batch.Scratch("report.png");
        await Chromium.ScreenshotAsync(batch["report.html"], screenshot);

        var png = Png.Read(screenshot);
        png.Width.Should().Be(1280);
        png.Count("#4f46e5").Should().BeGreaterThan(5_000, "the histogram's bars are drawn in #4f46e5");
        png.Count("#fde68a")
            .Should()
            .BeGreaterThan(1_000, "the program's lifeline head in the open diagnosis's sequence diagram is #fde68a");
        png.Count("#dbeafe").Should().BeGreaterThan(1_000, "the probe's lifeline head is #dbeafe");
        TestContext.Current.AddAttachment("report.png", File.ReadAllBytes(screenshot), "image/png");
    }
}
