using System.Globalization;
using FluentAssertions;
using Grader.Platforms;
using Grader.Tests.Support;

namespace Grader.Tests.Platforms;

/// <summary>
/// Each platform's bulk download of the same examples, built from the platform's naming rules, is recognised by
/// <c>batch --from auto</c>, graded through the real command line, and gets exactly the grades of the plain folders;
/// the Canvas and Moodle gradebook files have the columns each platform's import documents, keyed by the download's
/// ids.
/// </summary>
public sealed class PlatformDownloadTests(PlainExamples plain) : IClassFixture<PlainExamples>
{
    // The columns Canvas's gradebook export and import use (Instructor Guide, "How do I import grades in the
    // Gradebook?"; canvas-lms app/models/gradebook_importer.rb), then the assignment's "<name> (<id>)".
    private static readonly string[] CanvasColumns = ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"];

    // The offline grading worksheet's columns as Moodle downloads it (mod/assign/gradingtable.php and lang strings).
    private static readonly string[] MoodleColumns =
    [
        "Identifier",
        "Full name",
        "Email address",
        "Status",
        "Grade",
        "Maximum Grade",
        "Grade can be changed",
        "Last modified (submission)",
        "Last modified (grade)",
        "Feedback comments",
    ];

    [Fact]
    public async Task A_canvas_zip_is_recognised_graded_as_its_plain_folders_and_its_gradebook_is_canvas_s_import()
    {
        var zip = plain.Scratch("Lab 1 submissions.zip");
        var examples = PlatformDownloads.Canvas(zip);
        var output = plain.Scratch("canvas-out");

        var run = await GraderCli.RunAsync([
            "batch",
            zip,
            "--from",
            "auto",
            "--out",
            output,
            "--gradebook",
            "canvas",
            "--points",
            "10",
            "--gradebook-column",
            "Lab 1 (123456)",
        ]);

        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stdout.Should().Contain($"--from auto: {zip} is a Canvas download");
        run.Stdout.Should()
            .Contain("doejane-4412: `TCPClient-1.py` is graded as `TCPClient.py`")
            .And.Contain("graded the latest upload, `TCPServer-1.py`");
        var roster = GradedAsPlain(output, examples);
        roster.Students.Single(s => s.Id == "4413").Attempt.Should().Be("latest, late");

        var rows = Csv(Path.Combine(output, "gradebook-canvas.csv"));
        rows[0].Should().Equal([.. CanvasColumns, "Lab 1 (123456)"]);
        rows[1][0].Trim().Should().Be("Points Possible");
        rows[1][^1].Should().Be("10");
        rows.Skip(2)
            .Select(r => (r[1], r[^1]))
            .Should()
            .BeEquivalentTo(
                examples.Select(e => (e.Key, Scaled(plain.Result(e.Value).Score, plain.Result(e.Value).MaxScore, 10)))
            );

        var merged = plain.Scratch("canvas-merged");
        var merge = await GraderCli.RunAsync([
            "merge",
            output,
            "--out",
            merged,
            "--gradebook",
            "canvas",
            "--points",
            "10",
            "--gradebook-column",
            "Lab 1 (123456)",
        ]);
        merge.ExitCode.Should().Be(0, merge.Stderr);
        File.ReadAllText(Path.Combine(merged, "gradebook-canvas.csv"))
            .Should()
            .Be(File.ReadAllText(Path.Combine(output, "gradebook-canvas.csv")));
    }

    [Fact]
    public async Task A_moodle_zip_is_recognised_graded_as_its_plain_folders_and_its_worksheet_is_moodle_s()
    {
        var zip = plain.Scratch("SOCK101-Lab 1-42.zip");
        var examples = PlatformDownloads.Moodle(zip);
        var output = plain.Scratch("moodle-out");

        var run = await GraderCli.RunAsync(["batch", zip, "--from", "auto", "--out", output, "--gradebook", "moodle"]);

        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stdout.Should().Contain($"--from auto: {zip} is a Moodle download");
        var roster = GradedAsPlain(output, examples);
        roster.Students.Select(s => s.Name).Should().Contain(["Zoë Ångström", "李小龙", "Jean-Luc O Neil"]);
        roster.Students.Single(s => s.Id == "102").Files.Should().Contain("onlinetext.html");

        var rows = Csv(Path.Combine(output, "gradebook-moodle.csv"));
        rows[0].Should().Equal(MoodleColumns);
        foreach (var row in rows.Skip(1))
        {
            var id = row[0]["Participant ".Length..];
            row[0].Should().StartWith("Participant ");
            var expected = plain.Result(examples[id]);
            row[1].Should().Be(roster.Students.Single(s => s.Id == id).Name);
            row[4].Should().Be(expected.Score.ToString(CultureInfo.InvariantCulture));
            row[5].Should().Be(expected.MaxScore.ToString(CultureInfo.InvariantCulture));
            DateTimeOffset
                .Parse(row[8], CultureInfo.InvariantCulture)
                .Should()
                .BeCloseTo(DateTimeOffset.Now, TimeSpan.FromMinutes(10));
            row[9].Should().StartWith($"{expected.Score}/{expected.MaxScore} required points");
            foreach (var failed in expected.Checks.Where(c => c.IsFault))
                row[9].Should().Contain(failed.Id);
        }
        rows.Skip(1).Select(r => r[0]).Should().BeEquivalentTo(examples.Keys.Select(id => "Participant " + id));
    }

    [Fact]
    public async Task A_blackboard_zip_is_recognised_and_its_latest_attempts_graded_as_their_plain_folders()
    {
        var zip = plain.Scratch("gradebook_SOCK101_Lab201_2024-03-03-10-00-00.zip");
        var examples = PlatformDownloads.Blackboard(zip);
        var output = plain.Scratch("blackboard-out");

        var run = await GraderCli.RunAsync(["batch", zip, "--from", "auto", "--out", output]);

        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stdout.Should()
            .Contain($"--from auto: {zip} is a Blackboard download")
            .And.Contain(
                "jane-doe-jdoe: graded the latest of 2 attempts (2024-03-02 10:30:00); left out the one of 2024-03-01 09:00:00"
            );
        var roster = GradedAsPlain(output, examples);
        roster
            .Students.Select(s => (s.Id, s.Name))
            .Should()
            .Contain([("jl_oneil", "Jean-Luc O'Neil"), ("bsmith", "bsmith")]);
    }

    [Fact]
    public async Task A_classroom_folder_of_clones_is_recognised_and_graded_as_its_plain_folders()
    {
        var folder = plain.Scratch("classroom");
        var examples = PlatformDownloads.Classroom(folder);
        var output = plain.Scratch("classroom-out");

        var run = await GraderCli.RunAsync(["batch", folder, "--from", "auto", "--out", output]);

        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stdout.Should().Contain($"--from auto: {folder} is a GitHub Classroom download");
        var roster = GradedAsPlain(output, examples);
        roster.Students.Should().OnlyContain(s => s.Attempt.StartsWith("commit ") && s.Attempt.Length == 19);
        Directory
            .EnumerateFileSystemEntries(Path.Combine(output, "class"), ".git", SearchOption.AllDirectories)
            .Should()
            .BeEmpty("the working tree is graded, not the history");
    }

    // Every student of the download was graded, in a folder of their own, exactly as their example's plain folder.
    private Roster GradedAsPlain(string output, IReadOnlyDictionary<string, string> examples)
    {
        plain.Run.ExitCode.Should().Be(0, plain.Run.Stderr);
        var roster = Roster.Load(output)!;
        roster.Students.Select(s => s.Id).Should().BeEquivalentTo(examples.Keys);
        Directory
            .EnumerateFiles(Path.Combine(output, "results"))
            .Select(Path.GetFileNameWithoutExtension)
            .Should()
            .BeEquivalentTo(roster.Students.Select(s => s.Folder), "every student has a result, and nothing else has");
        foreach (var student in roster.Students)
        {
            var result = ExampleClass.ReadResult(Path.Combine(output, "results", student.Folder + ".json"));
            var expected = plain.Result(examples[student.Id]);
            result.Score.Should().Be(expected.Score, student.Folder);
            result.MaxScore.Should().Be(expected.MaxScore, student.Folder);
            result
                .Checks.Select(c => (c.Id, c.Status))
                .Should()
                .Equal(expected.Checks.Select(c => (c.Id, c.Status)), student.Folder);
        }
        return roster;
    }

    private static string Scaled(int score, int max, decimal points) =>
        Math.Round(score * points / max, 2, MidpointRounding.AwayFromZero)
            .ToString("0.##", CultureInfo.InvariantCulture);

    private static IReadOnlyList<IReadOnlyList<string>> Csv(string path)
    {
        using var parser = new Microsoft.VisualBasic.FileIO.TextFieldParser(path)
        {
            TextFieldType = Microsoft.VisualBasic.FileIO.FieldType.Delimited,
            HasFieldsEnclosedInQuotes = true,
            TrimWhiteSpace = false,
        };
        parser.SetDelimiters(",");
        var rows = new List<IReadOnlyList<string>>();
        while (!parser.EndOfData)
            rows.Add(parser.ReadFields()!);
        return rows;
    }
}
