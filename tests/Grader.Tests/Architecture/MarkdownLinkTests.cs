using FluentAssertions;
using Grader.Tests.Support;

namespace Grader.Tests.Architecture;

/// <summary>
/// The repository's documentation holds together: every relative link and image in its Markdown leads to a file or
/// folder of the repository, every link to a heading finds it, no page points outside the repository, and the
/// README stays a front door.
/// </summary>
public sealed class MarkdownLinkTests
{
    private static readonly IReadOnlyList<string> Pages = TrackedMarkdown.Under(Repository.Root);

    [Fact]
    public void The_repository_has_its_pages()
    {
        Pages.Should().Contain(["README.md", "docs/architecture.md", "docs/grading.md", "submissions/README.md"]);
    }

    [Fact]
    public void Every_relative_link_leads_to_a_file_folder_or_heading_of_the_repository()
    {
        new MarkdownLinkCheck(Repository.Root).Problems(Pages).Should().BeEmpty();
    }

    [Fact]
    public void No_page_points_outside_the_repository()
    {
        var outside = Pages
            .SelectMany(page =>
                File.ReadLines(Path.Combine(Repository.Root, page))
                    .Select((text, index) => (text, line: index + 1))
                    .Where(line => line.text.Contains("../shared") || line.text.Contains("/work/"))
                    .Select(line => $"{page}:{line.line}: {line.text.Trim()}")
            )
            .ToList();
        outside.Should().BeEmpty("the repository is read without what lies beside it");
    }

    [Fact]
    public void The_README_is_a_front_door_of_at_most_200_lines()
    {
        File.ReadAllLines(Path.Combine(Repository.Root, "README.md")).Should().HaveCountLessThanOrEqualTo(200);
    }

    [Fact]
    public void A_link_to_a_missing_file_heading_or_place_outside_is_named_with_its_page_and_line()
    {
        using var folder = new TempFolder();
        Write(folder, "docs/page.md", "# A page\n\n## Its part\n");
        Write(
            folder,
            "README.md",
            """
            # Front door

            [fine](docs/page.md), [a part](docs/page.md#its-part), [a folder](docs), [here](#front-door)
            [gone](docs/gone.md)
            ![no picture](docs/picture.png)
            [no part](docs/page.md#another-part)
            [beside](../shared/lab.md) and [rooted](/docs/page.md)
            `[in code](nowhere.md)` and [the web](https://example.com/x.md)

            ```
            [in a fence](nowhere.md)
            ```
            """
        );

        var problems = new MarkdownLinkCheck(folder.Path).Problems(["README.md", "docs/page.md"]);

        problems
            .Should()
            .SatisfyRespectively(
                gone => gone.Should().StartWith("README.md:4: `docs/gone.md` leads to nothing"),
                picture => picture.Should().StartWith("README.md:5: `docs/picture.png` leads to nothing"),
                part => part.Should().StartWith("README.md:6: `docs/page.md#another-part` names no heading"),
                beside => beside.Should().Be("README.md:7: `../shared/lab.md` points outside the repository"),
                rooted => rooted.Should().StartWith("README.md:7: `/docs/page.md` is an absolute path")
            );
    }

    [Theory]
    [InlineData(
        "Security: what a submission's programs and builds cannot do",
        "security-what-a-submissions-programs-and-builds-cannot-do"
    )]
    [InlineData("Lab 1: sockets (`lab1-sockets`)", "lab-1-sockets-lab1-sockets")]
    [InlineData("A `submission.yaml`", "a-submissionyaml")]
    [InlineData("1. Against the floor", "1-against-the-floor")]
    [InlineData("Where [the figures](x.md) come from", "where-the-figures-come-from")]
    public void A_heading_s_anchor_is_the_one_GitHub_makes(string heading, string anchor)
    {
        MarkdownPage.Anchor(heading).Should().Be(anchor);
    }

    private static void Write(TempFolder folder, string relative, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(folder[relative])!);
        File.WriteAllText(folder[relative], text);
    }
}
