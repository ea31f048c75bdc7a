using FluentAssertions;
using Grader.Files;
using Grader.Tests.Support;

namespace Grader.Tests.Files;

/// <summary>
/// A walk of a student's folder describes every entry as the kernel does, follows no link, opens nothing and throws for
/// nothing: a link loop is one entry, a named pipe is a pipe, a name that is not valid UTF-8 is said so, a folder that
/// cannot be listed is yielded as such.
/// </summary>
public sealed class FolderWalkTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void Every_kind_of_entry_is_told_without_following_or_opening_it()
    {
        var root = _folder["walk"];
        Directory.CreateDirectory(Path.Combine(root, "a"));
        File.WriteAllText(Path.Combine(root, "a", "file.py"), "x = 1\n");
        Directory.CreateSymbolicLink(Path.Combine(root, "a", "loop"), "..");
        File.CreateSymbolicLink(Path.Combine(root, "zero"), "/dev/zero");
        using (var big = File.Create(Path.Combine(root, "big.bin")))
            big.SetLength(1L << 30);
        BadInputs.Shell(root, "mkfifo pipe && touch \"$(printf 'bad\\377')\"");

        var entries = FolderWalk.Walk(root).ToDictionary(e => e.Path, e => e);

        entries
            .Select(e => (e.Key, e.Value.Kind))
            .Should()
            .BeEquivalentTo(
                new[]
                {
                    ("a", EntryKind.Folder),
                    ("a/file.py", EntryKind.File),
                    ("a/loop", EntryKind.Link),
                    ("zero", EntryKind.Link),
                    ("big.bin", EntryKind.File),
                    ("pipe", EntryKind.Pipe),
                    ("bad\uFFFD", EntryKind.Undecodable),
                },
                "the loop is one entry, never entered"
            );
        entries["big.bin"].Length.Should().Be(1L << 30);
        entries["a/file.py"].Depth.Should().Be(1);
        entries["a/loop"].LinkTarget.Should().Be("..");
    }

    [Fact]
    public void Entries_come_nearest_first_in_name_order_and_only_folders_it_may_enter_are_entered()
    {
        var root = _folder["order"];
        foreach (var path in new[] { "b/deep/x.py", "a/y.py", "z.py", "skip/w.py" })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(root, path))!);
            File.WriteAllText(Path.Combine(root, path), "");
        }

        var paths = FolderWalk.Walk(root, folder => folder.Name != "skip", maxDepth: 1).Select(e => e.Path);

        paths.Should().Equal("a", "b", "skip", "z.py", "a/y.py", "b/deep");
    }

    [Fact]
    public void A_folder_that_cannot_be_listed_is_yielded_as_unreadable_and_a_missing_root_yields_it_too()
    {
        FolderWalk
            .Walk(_folder["missing"])
            .Should()
            .ContainSingle()
            .Which.Should()
            .Match<FolderEntry>(e => e.Kind == EntryKind.Unreadable && e.Path == "");
    }

    [Fact]
    public void A_link_is_resolved_only_when_asked_and_a_loop_resolves_to_nothing()
    {
        var root = _folder["links"];
        Directory.CreateDirectory(root);
        File.CreateSymbolicLink(Path.Combine(root, "self"), "self");
        File.WriteAllText(Path.Combine(root, "real.py"), "");
        File.CreateSymbolicLink(Path.Combine(root, "alias.py"), "real.py");

        FolderWalk.RealPath(Path.Combine(root, "self")).Should().BeNull();
        FolderWalk.RealPath(Path.Combine(root, "alias.py")).Should().Be(Path.Combine(root, "real.py"));
    }

    public void Dispose()
    {
        BadInputs.Delete(_folder.Path);
        _folder.Dispose();
    }
}
