using FluentAssertions;
using Grader.Platforms;
using Grader.Tests.Support;

namespace Grader.Tests.Platforms;

/// <summary><c>roster.csv</c> reads back what was written, whatever the names hold; folders are safe, readable and tell
/// whose they are.</summary>
[Fast]
public sealed class RosterTests
{
    [Fact]
    public async Task A_roster_reads_back_what_was_written_with_commas_quotes_unicode_and_lists()
    {
        using var folder = new TempFolder();
        var roster = new Roster([
            new RosterEntry(
                "o-neil-jean-luc-8",
                "8",
                "O'Neil, \"JL\" Jean-Luc",
                Platform.Moodle,
                "latest",
                ["lab 1/TCPClient.py", "notes, final.txt"],
                ["O'Neil, \"JL\" Jean-Luc_8_assignsubmission_file_/lab 1/TCPClient.py"],
                ["line one\nline two"]
            ),
            new RosterEntry("zoë-ångström-17", "17", "Zoë Ångström", Platform.Moodle, "latest", [], [], []),
        ]);

        await roster.SaveAsync(folder.Path, TestContext.Current.CancellationToken);
        var read = Roster.Load(folder.Path)!;

        read.Students.Should().BeEquivalentTo(roster.Students, o => o.WithStrictOrdering());
        read.Platform.Should().Be(Platform.Moodle);
        File.ReadAllLines(folder[Roster.FileName])[0]
            .Should()
            .Be("folder,id,name,platform,attempt,files,sources,notes");
    }

    [Fact]
    public void A_file_that_is_not_a_roster_is_refused_naming_it()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder[Roster.FileName], "name,score\nalice,3\n");

        var load = () => Roster.Load(folder.Path);

        load.Should()
            .Throw<DownloadException>()
            .WithMessage(
                $"{folder[Roster.FileName]} is not a roster the grader wrote: its first line is not folder,id,name,platform,attempt,files,sources,notes"
            );
    }

    [Theory]
    [InlineData("Jane Doe", "4412", "jane-doe-4412")]
    [InlineData("doejane", "4412", "doejane-4412")]
    [InlineData("Zoë Ångström", "17", "zoë-ångström-17")]
    [InlineData("李小龙", "90001", "李小龙-90001")]
    [InlineData("O'Neil, Jean-Luc", "8", "o-neil-jean-luc-8")]
    [InlineData("octocat", "octocat", "octocat")]
    [InlineData("Jane Doe", "j.doe", "jane-doe-j-doe")]
    [InlineData("../../etc", "4412", "etc-4412")]
    [InlineData("", "4412", "4412")]
    [InlineData("...", "", "student")]
    public void A_student_s_folder_is_their_name_and_id_in_letters_digits_and_hyphens(
        string name,
        string id,
        string folder
    ) => StudentFolderName.For(name, id).Should().Be(folder);

    [Theory]
    [InlineData("a,b\r\n1,2\r\n", new[] { "a|b", "1|2" })]
    [InlineData("\"x, y\",\"say \"\"hi\"\"\"\n", new[] { "x, y|say \"hi\"" })]
    [InlineData("\"two\nlines\",z\n\n", new[] { "two\nlines|z" })]
    [InlineData("\uFEFFa,,\n", new[] { "a||" })]
    public void Csv_fields_are_read_as_rfc_4180_writes_them(string text, string[] rows) =>
        CsvFields.Parse(text).Select(r => string.Join('|', r)).Should().Equal(rows);
}
