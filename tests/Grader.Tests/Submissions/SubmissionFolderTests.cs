using System.IO.Compression;
using FluentAssertions;
using Grader.Submissions;
using Grader.Submissions.Archives;
using Grader.Tests.Support;

namespace Grader.Tests.Submissions;

/// <summary>
/// The folder a submission is graded from: the student's own when there is nothing to unpack or leave out, otherwise a
/// scratch copy (never the student's folder) with its archives unpacked beside them and a note for everything left
/// out.
/// </summary>
public sealed class SubmissionFolderTests : IDisposable
{
    private static readonly ArchiveLimits Small = new(1 << 20, 20);
    private readonly TempFolder _folder = new();

    [Fact]
    public void A_plain_folder_is_graded_where_it_is_with_no_note()
    {
        BadInputs.CopyCorrect(_folder["plain"]);

        using var graded = SubmissionFolder.Prepare(_folder["plain"], Small);

        graded.IsCopy.Should().BeFalse();
        graded.Directory.Should().Be(_folder["plain"]);
        graded.Notes.Should().BeEmpty();
    }

    [Theory]
    [InlineData("a link inside to a file is copied as the file", "alias.py", "")]
    [InlineData(
        "a dangling link",
        "nowhere",
        "left out `nowhere`: a link to `missing.py`, which loops or leads to nothing"
    )]
    [InlineData("a link to itself", "self", "left out `self`: a link to `self`, which loops or leads to nothing")]
    public void A_link_is_never_made_in_the_copy(string why, string link, string note)
    {
        var root = _folder["links"];
        BadInputs.CopyCorrect(root);
        var target = link switch
        {
            "alias.py" => "TCPServer.py",
            "nowhere" => "missing.py",
            _ => "self",
        };
        File.CreateSymbolicLink(Path.Combine(root, link), target);

        using var graded = SubmissionFolder.Prepare(root, Small);

        graded.IsCopy.Should().BeTrue(why);
        graded.Notes.Should().Equal(note.Length == 0 ? [] : [note], why);
        new FileInfo(Path.Combine(graded.Directory, link)).LinkTarget.Should().BeNull("no link is made in the copy");
        File.Exists(Path.Combine(graded.Directory, link)).Should().Be(note.Length == 0, why);
    }

    [Fact]
    public void Archives_are_unpacked_beside_them_in_a_copy_and_the_copy_is_deleted_after()
    {
        var root = _folder["student"];
        Directory.CreateDirectory(Path.Combine(root, "lab1"));
        Zip(Path.Combine(root, "lab1.zip"), ("TCPServer.py", "print(1)\n"));
        string copy;

        using (var graded = SubmissionFolder.Prepare(root, Small))
        {
            copy = graded.Directory;
            graded.Name.Should().Be("student");
            Path.GetFileName(copy).Should().Be("student", "the copy keeps the student's folder's name");
            File.Exists(Path.Combine(copy, "lab1.zip", "TCPServer.py"))
                .Should()
                .BeTrue("the name lab1 is taken, so the zip's own name is used");
            File.Exists(Path.Combine(copy, "lab1.zip")).Should().BeFalse("the archive itself is not copied");
            graded.Notes.Should().Equal("unpacked `lab1.zip`: 1 file");
        }

        Directory.Exists(copy).Should().BeFalse();
        Directory
            .GetFileSystemEntries(root)
            .Should()
            .BeEquivalentTo([Path.Combine(root, "lab1"), Path.Combine(root, "lab1.zip")]);
    }

    [Fact]
    public void An_archive_three_deep_is_left_packed_and_said_so()
    {
        var root = _folder["nested"];
        Zip(_folder["deep.zip"], ("x.py", ""));
        Zip(_folder["middle.zip"], ("deep.zip", File.ReadAllText(_folder["deep.zip"], System.Text.Encoding.Latin1)));
        Directory.CreateDirectory(root);
        using (var outer = ZipFile.Open(Path.Combine(root, "outer.zip"), ZipArchiveMode.Create))
            outer.CreateEntryFromFile(_folder["middle.zip"], "middle.zip");

        using var graded = SubmissionFolder.Prepare(root, Small);

        graded
            .Notes.Should()
            .Equal(
                "unpacked `outer.zip`: 1 file",
                "unpacked `outer/middle.zip`: 1 file",
                "left `outer/middle/deep.zip` packed: an archive in an archive in an archive (only one archive inside another is unpacked)"
            );
    }

    [Fact]
    public void Files_beyond_the_file_limit_are_left_out_with_one_note()
    {
        var root = _folder["many"];
        Directory.CreateDirectory(root);
        for (var i = 0; i < 30; i++)
            File.WriteAllText(Path.Combine(root, $"f{i:00}.txt"), "");

        using var graded = SubmissionFolder.Prepare(root, Small);

        graded
            .Notes.Should()
            .Equal(
                "left out the rest: a submission may hold 20 files and folders (the assignment's limit, `unpacked-files`)"
            );
        Directory.GetFiles(graded.Directory).Should().HaveCount(20, "the nearest files, in name order, are kept");
    }

    [Fact]
    public void A_file_where_a_folder_was_expected_is_a_folder_holding_only_it()
    {
        File.WriteAllText(_folder["TCPServer.py"], "print(1)\n");

        using var graded = SubmissionFolder.Prepare(_folder["TCPServer.py"], Small);

        graded.Name.Should().Be("TCPServer.py");
        File.Exists(Path.Combine(graded.Directory, "TCPServer.py")).Should().BeTrue();
        graded.Notes.Should().Equal("`TCPServer.py` is a file, not a folder: graded as a folder holding only it");
    }

    [Fact]
    public void Nothing_there_is_one_clear_sentence()
    {
        var act = () => SubmissionFolder.Prepare(_folder["gone"], Small);

        act.Should()
            .Throw<SubmissionException>()
            .WithMessage($"The submission folder '{_folder["gone"]}' does not exist.");
    }

    public void Dispose()
    {
        BadInputs.Delete(_folder.Path);
        _folder.Dispose();
    }

    private static void Zip(string path, params (string Name, string Text)[] files)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, text) in files)
        {
            using var writer = new StreamWriter(zip.CreateEntry(name).Open(), System.Text.Encoding.Latin1);
            writer.Write(text);
        }
    }
}
