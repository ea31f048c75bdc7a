using FluentAssertions;
using Grader.Labs;
using Grader.Rubric;
using Grader.Tests.Support;

namespace Grader.Tests.Packaging;

/// <summary>Every lab's rubric and base code travel inside the grader's assembly, so a single file carries them.</summary>
[Fast]
public sealed class ShippedFilesTests
{
    [Fact]
    public void Every_rubric_and_base_file_of_the_labs_ships_inside_the_grader_byte_for_byte()
    {
        var labs = Path.Combine(Repository.Root, "grader", "Labs");
        var expected = Directory
            .GetFiles(labs, "*.yaml", SearchOption.AllDirectories)
            .Concat(Directory.GetDirectories(labs, "Base", SearchOption.AllDirectories).SelectMany(Directory.GetFiles))
            .Select(f => Path.GetRelativePath(Path.Combine(Repository.Root, "grader"), f).Replace('\\', '/'))
            .ToList();

        ShippedFiles.All.Should().BeEquivalentTo(expected);
        foreach (var file in expected)
            ShippedFiles.ReadText(file).Should().Be(File.ReadAllText(Path.Combine(Repository.Root, "grader", file)));
        LabRegistry.All.Select(l => l.Definition.RubricFile.Replace('\\', '/')).Should().BeSubsetOf(expected);
    }

    [Fact]
    public async Task A_base_file_unpacked_for_the_similarity_report_is_the_shipped_one_and_unpacked_once()
    {
        var file = LabRegistry.Default.BaseFiles[0];

        var first = await ShippedFiles.UnpackAsync(file, TestContext.Current.CancellationToken);
        var written = File.GetLastWriteTimeUtc(first);
        var second = await ShippedFiles.UnpackAsync(file, TestContext.Current.CancellationToken);

        second.Should().Be(first);
        File.GetLastWriteTimeUtc(second).Should().Be(written);
        File.ReadAllText(first).Should().Be(ShippedFiles.ReadText(file));
        Path.GetFileName(first).Should().Be(Path.GetFileName(file));
    }
}
