using System.Text;
using FluentAssertions;
using Grader.Labs.WebServer.Judges;

namespace Grader.Tests.Labs.WebServer;

/// <summary>How what a server sent relates to the file it was asked for, text mode recognised.</summary>
[Fast]
public sealed class FileBodyTests
{
    private static readonly byte[] Binary =
    [
        0x89,
        (byte)'P',
        (byte)'N',
        (byte)'G',
        0x0D,
        0x0A,
        0x1A,
        0x0A,
        0xFF,
        0x00,
        0xE9,
    ];

    private static BodyMatch Compare(string file, string sent) =>
        FileBody.Compare(Encoding.UTF8.GetBytes(file), Encoding.UTF8.GetBytes(sent));

    [Theory]
    [InlineData("<p>hi</p>\n", "<p>hi</p>\n", BodyMatchKind.Identical)]
    [InlineData("<p>hi</p>\n", "", BodyMatchKind.Empty)]
    [InlineData("<p>hi</p>\n", "<p>hi</p>\n\r\n", BodyMatchKind.LineEndsAfter)]
    [InlineData("<p>hi</p>\n", "<p>hi</p>\n\n", BodyMatchKind.LineEndsAfter)]
    [InlineData("<p>hi</p>\n", "<p>hi</p>\n<p>hi</p>\n", BodyMatchKind.MoreAfter)]
    [InlineData("<p>hi</p>\n", "<p>hi</p>\n\r\nHTTP/1.1 404 Not Found\r\n\r\n", BodyMatchKind.MoreAfter)]
    [InlineData("<p>hi</p>\n", "<p>hi</p>\n ", BodyMatchKind.MoreAfter)]
    [InlineData("<p>hi</p>\n", "<p>hi", BodyMatchKind.CutShort)]
    [InlineData("<p>hi</p>\n", "<p>ho</p>\n", BodyMatchKind.Differs)]
    public void Body_is_the_file_or_named_by_how_it_differs(string file, string sent, BodyMatchKind kind) =>
        Compare(file, sent).Kind.Should().Be(kind);

    [Theory]
    [InlineData("a\r\nb\r\n", "a\nb\n", "its `\\r\\n` line endings became `\\n`")]
    [InlineData("a\r\nb\r\n", "a\nb\n\r\n", "its `\\r\\n` line endings became `\\n`")]
    [InlineData("a\nb\n", "a\r\nb\r\n", "its `\\n` line endings became `\\r\\n`")]
    [InlineData("señor\n", "se?or\n", "its characters outside ASCII were sent as `?`")]
    public void Text_mode_is_recognised_by_what_it_changed(string file, string sent, string change)
    {
        var match = Compare(file, sent);

        match.Kind.Should().Be(BodyMatchKind.TextMode);
        match.Change.Should().Be(change);
    }

    [Fact]
    public void A_latin1_file_read_as_latin1_and_sent_as_utf8_is_text_mode()
    {
        var file = Encoding.Latin1.GetBytes("café\r\n");

        var match = FileBody.Compare(file, Encoding.UTF8.GetBytes("café\n"));

        match.Kind.Should().Be(BodyMatchKind.TextMode);
        match
            .Change.Should()
            .Be("it was decoded as Latin-1 and sent as UTF-8, and its `\\r\\n` line endings became `\\n`");
    }

    [Fact]
    public void A_binary_file_whose_invalid_bytes_were_replaced_is_text_mode()
    {
        var sent = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Binary));

        var match = FileBody.Compare(Binary, sent);

        match.Kind.Should().Be(BodyMatchKind.TextMode);
        match.Change.Should().Be("its bytes that are not UTF-8 were replaced by U+FFFD (`\\xEF\\xBF\\xBD`)");
    }

    [Fact]
    public void What_follows_a_whole_file_is_kept_to_show()
    {
        var match = Compare("<p>hi</p>", "<p>hi</p><p>hi</p>");

        match.Kind.Should().Be(BodyMatchKind.MoreAfter);
        match.Extra.Should().Equal(Encoding.ASCII.GetBytes("<p>hi</p>"));
    }

    [Fact]
    public void The_first_difference_is_where_the_bytes_part()
    {
        var match = Compare("<p>hi</p>", "<p>ho</p>");

        match.DiffersAt.Should().Be(4);
    }
}
