using FluentAssertions;
using Grader.Labs;
using Grader.Rubric;
using Grader.Tests.Support;

namespace Grader.Tests.Similarity;

/// <summary>The base code a lab ships is what its students were given.</summary>
[Fast]
public sealed class LabBaseCodeTests
{
    [Fact]
    public void Lab_1s_base_code_is_the_lecture_as_printed_letter_for_letter_and_ships_with_the_grader()
    {
        var files = LabRegistry.Default.BaseFiles;

        files
            .Select(Path.GetFileName)
            .Should()
            .BeEquivalentTo(
                Directory.GetFiles(Repository.Submission("lecture-as-printed"), "*.py").Select(Path.GetFileName)
            );
        foreach (var file in files)
            ShippedFiles
                .ReadText(file)
                .Should()
                .Be(
                    File.ReadAllText(Path.Combine(Repository.Submission("lecture-as-printed"), Path.GetFileName(file)))
                );
    }

    [Fact]
    public void The_web_server_labs_base_code_is_the_handout_as_filled_in()
    {
        var lab = LabRegistry.Find("web-server")!;

        lab.BaseFiles.Should().ContainSingle();
        ShippedFiles
            .ReadText(lab.BaseFiles[0])
            .Should()
            .Be(File.ReadAllText(Path.Combine(Repository.Submission("web-server-as-handed-out"), "WebServer.py")));
    }
}
