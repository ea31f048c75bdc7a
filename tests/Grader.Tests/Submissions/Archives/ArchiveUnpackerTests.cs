using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using FluentAssertions;
using Grader.Submissions.Archives;
using Grader.Tests.Support;

namespace Grader.Tests.Submissions.Archives;

/// <summary>
/// A student's archive is unpacked safely: its files where it says, nothing outside the destination, no link made,
/// a zip bomb stopped at the limit by what it really writes, a Mac's metadata left out, and an unreadable archive said
/// so, never thrown.
/// </summary>
[Fast]
public sealed class ArchiveUnpackerTests
{
    private static readonly ArchiveLimits Small = new(1 << 20, 50);

    [Fact]
    public void A_zip_is_unpacked_with_its_folders_and_the_report_counts_its_files()
    {
        using var folder = new TempFolder();
        var zip = Zip(folder, ("lab1/TCPClient.py", "print('client')\n"), ("lab1/TCPServer.py", "print('server')\n"));

        var result = ArchiveUnpacker.Unpack(zip, folder["out"], "submission.zip", new ArchiveBudget(Small));

        result.Problem.Should().BeNull();
        result.Files.Should().Be(2);
        result.Describe().Should().Be("unpacked `submission.zip`: 2 files");
        File.ReadAllText(Path.Combine(folder["out"], "lab1", "TCPServer.py")).Should().Be("print('server')\n");
    }

    [Theory]
    [InlineData("../escaped.py")]
    [InlineData("lab1/../../escaped.py")]
    [InlineData("/tmp/escaped.py")]
    [InlineData("..\\escaped.py")]
    public void An_entry_that_climbs_out_of_the_folder_is_left_out_and_named(string path)
    {
        using var folder = new TempFolder();
        var zip = Zip(folder, (path, "print('out')\n"), ("TCPClient.py", "print('in')\n"));

        var result = ArchiveUnpacker.Unpack(zip, folder["out/inner"], "evil.zip", new ArchiveBudget(Small));

        result.Files.Should().Be(1);
        result.Skipped.Should().ContainSingle().Which.Should().Contain("a path outside the archive's folder");
        Directory
            .EnumerateFiles(folder.Path, "escaped.py", SearchOption.AllDirectories)
            .Should()
            .BeEmpty("nothing lands outside the destination");
        File.Exists("/tmp/escaped.py").Should().BeFalse();
    }

    [Fact]
    public void A_link_in_a_tar_is_never_made_and_is_named()
    {
        using var folder = new TempFolder();
        var tar = Path.Combine(folder.Path, "submission.tar.gz");
        using (var file = File.Create(tar))
        using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
        using (var writer = new TarWriter(gzip))
        {
            writer.WriteEntry(new PaxTarEntry(TarEntryType.SymbolicLink, "lab1/passwd") { LinkName = "/etc/passwd" });
            writer.WriteEntry(
                new PaxTarEntry(TarEntryType.RegularFile, "lab1/UDPServer.py")
                {
                    DataStream = new MemoryStream("print('udp')\n"u8.ToArray()),
                }
            );
        }

        var result = ArchiveUnpacker.Unpack(tar, folder["out"], "submission.tar.gz", new ArchiveBudget(Small));

        result.Problem.Should().BeNull();
        result.Files.Should().Be(1);
        result.Skipped.Should().Equal("`lab1/passwd`: a link, not unpacked");
        File.Exists(Path.Combine(folder["out"], "lab1", "passwd")).Should().BeFalse();
        File.ReadAllText(Path.Combine(folder["out"], "lab1", "UDPServer.py")).Should().Be("print('udp')\n");
    }

    [Fact]
    public void A_zip_bomb_stops_at_the_byte_limit_by_what_it_writes_not_what_it_claims()
    {
        using var folder = new TempFolder();
        var zip = Path.Combine(folder.Path, "bomb.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            using var entry = archive.CreateEntry("zeros.bin", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 8; i++)
                entry.Write(zeros);
        }
        new FileInfo(zip).Length.Should().BeLessThan(64 << 10, "8 MiB of zeros compress to a few KiB");

        var result = ArchiveUnpacker.Unpack(zip, folder["out"], "bomb.zip", new ArchiveBudget(Small));

        result.Problem.Should().StartWith("unpacks to more than 1 MiB (the assignment's limit, `unpacked-bytes`)");
        Directory.EnumerateFiles(folder["out"], "*", SearchOption.AllDirectories).Should().BeEmpty();
    }

    [Fact]
    public void Archives_of_one_submission_share_its_file_limit()
    {
        using var folder = new TempFolder();
        var many = Zip(folder, [.. Enumerable.Range(0, 30).Select(i => ($"f{i}.txt", "x"))]);
        var budget = new ArchiveBudget(new ArchiveLimits(1 << 20, 50));

        var first = ArchiveUnpacker.Unpack(many, folder["a"], "first.zip", budget);
        var second = ArchiveUnpacker.Unpack(many, folder["b"], "second.zip", budget);

        first.Problem.Should().BeNull();
        second
            .Problem.Should()
            .StartWith("holds more files and folders than the 20 left of the 50 a submission may have");
        second.Files.Should().Be(20);
    }

    [Fact]
    public void A_macs_metadata_is_left_out_silently()
    {
        using var folder = new TempFolder();
        var zip = Zip(
            folder,
            ("__MACOSX/lab1/._TCPClient.py", "\0\x05\x16\x07"),
            ("lab1/._TCPClient.py", "\0\x05\x16\x07"),
            ("lab1/.DS_Store", "\0"),
            ("lab1/TCPClient.py", "print('client')\n")
        );

        var result = ArchiveUnpacker.Unpack(zip, folder["out"], "mac.zip", new ArchiveBudget(Small));

        result.Files.Should().Be(1);
        result.Skipped.Should().BeEmpty();
        Directory.Exists(Path.Combine(folder["out"], "__MACOSX")).Should().BeFalse();
    }

    [Fact]
    public void A_file_that_is_no_archive_of_its_name_is_said_so_and_unpacks_nothing()
    {
        using var folder = new TempFolder();
        var fake = Path.Combine(folder.Path, "submission.zip");
        File.WriteAllText(fake, "this is not a zip file");

        var result = ArchiveUnpacker.Unpack(fake, folder["out"], "submission.zip", new ArchiveBudget(Small));

        result.Problem.Should().StartWith("cannot be read as a zip archive");
        result.Files.Should().Be(0);
    }

    [Fact]
    public void A_7z_that_claims_a_4_GiB_dictionary_is_said_unreadable_and_never_thrown()
    {
        using var folder = new TempFolder();
        var archive = Path.Combine(
            Repository.Root,
            "tests",
            "Grader.Tests",
            "Submissions",
            "Archives",
            "Fixtures",
            "huge-dictionary.7z"
        );

        var result = ArchiveUnpacker.Unpack(archive, folder["out"], "huge.7z", new ArchiveBudget(Small));

        result.Problem.Should().StartWith("cannot be read as a .7z archive (LZMA dictionary size");
        result.Describe().Should().StartWith("`huge.7z` cannot be read as a .7z archive");
    }

    [Theory]
    [InlineData("submission.zip", true)]
    [InlineData("Lab1.TAR.GZ", true)]
    [InlineData("lab.tgz", true)]
    [InlineData("lab.7z", true)]
    [InlineData("lab.rar", true)]
    [InlineData("TCPClient.py", false)]
    [InlineData(".zip", false)]
    public void An_archive_is_known_by_its_name(string name, bool isArchive) =>
        ArchiveUnpacker.IsArchive(name).Should().Be(isArchive);

    private static string Zip(TempFolder folder, params (string Path, string Text)[] entries)
    {
        var zip = Path.Combine(folder.Path, $"{Guid.NewGuid():N}.zip");
        using var archive = ZipFile.Open(zip, ZipArchiveMode.Create);
        foreach (var (path, text) in entries)
        {
            using var stream = archive.CreateEntry(path).Open();
            stream.Write(Encoding.UTF8.GetBytes(text));
        }
        return zip;
    }
}
