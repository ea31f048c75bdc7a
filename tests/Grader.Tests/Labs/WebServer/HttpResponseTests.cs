using System.Text;
using FluentAssertions;
using Grader.Labs.WebServer.Judges;

namespace Grader.Tests.Labs.WebServer;

/// <summary>How the bytes a web server sent are read as an HTTP reply, over fixed bytes: no sockets.</summary>
[Fast]
public sealed class HttpResponseTests
{
    private const string Page = "<html>\n<body>Hello</body>\n</html>\n";

    private static HttpResponse Parse(string text) => HttpResponse.Parse(Encoding.Latin1.GetBytes(text));

    [Fact]
    public void The_textbook_skeletons_reply_is_a_200_whose_body_is_everything_until_the_close()
    {
        var response = Parse("HTTP/1.1 200 OK\r\n\r\n" + Page + "\r\n");

        response.Status.Should().Be(new HttpStatusLine("HTTP/1.1", 200, "OK"));
        response.StatusLineProblem.Should().BeNull();
        response.Headers.Should().BeEmpty();
        response.HeaderEnding.Should().Be(HeaderEnding.CrLf);
        Encoding.ASCII.GetString(response.Body).Should().Be(Page + "\r\n");
    }

    [Fact]
    public void Headers_are_found_whatever_the_case_of_their_names_and_trimmed()
    {
        var response = Parse("HTTP/1.1 200 OK\r\ncontent-TYPE:  text/html \r\nContent-Length: 5\r\n\r\nHello");

        response.Header("Content-Type").Should().Be("text/html");
        response.Header("CONTENT-LENGTH").Should().Be("5");
        response.ContentLength.Should().Be(5);
        response.Header("Server").Should().BeNull();
    }

    [Fact]
    public void The_body_is_cut_at_the_content_length_and_the_content_keeps_what_came_after()
    {
        var response = Parse("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nHello\r\n");

        Encoding.ASCII.GetString(response.Body).Should().Be("Hello");
        Encoding.ASCII.GetString(response.Content).Should().Be("Hello\r\n");
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("5 bytes")]
    public void A_content_length_that_is_not_a_number_of_bytes_has_no_value(string value)
    {
        var response = Parse($"HTTP/1.1 200 OK\r\nContent-Length: {value}\r\n\r\nHello");

        response.ContentLengthText.Should().Be(value);
        response.ContentLength.Should().BeNull();
        Encoding.ASCII.GetString(response.Body).Should().Be("Hello");
    }

    [Fact]
    public void Headers_ended_by_bare_newlines_are_read_and_noted()
    {
        var response = Parse("HTTP/1.1 200 OK\nContent-Type: text/html\n\n" + Page);

        response.HeaderEnding.Should().Be(HeaderEnding.BareLf);
        response.Header("Content-Type").Should().Be("text/html");
        Encoding.ASCII.GetString(response.Body).Should().Be(Page);
    }

    [Fact]
    public void Without_an_empty_line_the_body_starts_at_the_first_line_that_is_not_a_header()
    {
        var response = Parse("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n<html><body>Hello</body></html>");

        response.HeaderEnding.Should().Be(HeaderEnding.Missing);
        response.Headers.Should().Equal(new HttpHeader("Content-Type", "text/html"));
        Encoding.ASCII.GetString(response.Content).Should().Be("<html><body>Hello</body></html>");
    }

    [Fact]
    public void A_file_whose_own_empty_line_ends_the_headers_is_found_where_it_starts()
    {
        var response = Parse("HTTP/1.1 200 OK\r\n<html>\n\n</html>\n");

        response.HeaderEnding.Should().Be(HeaderEnding.BareLf);
        response.MalformedHeaderLines.Should().Equal("<html>");
        Encoding.ASCII.GetString(response.ContentWithoutBlankLine!).Should().Be("<html>\n\n</html>\n");
    }

    [Fact]
    public void A_reply_that_does_not_start_with_a_status_line_is_all_content()
    {
        var response = Parse(Page);

        response.HasStatusLine.Should().BeFalse();
        Encoding.ASCII.GetString(response.Content).Should().Be(Page);
    }

    [Fact]
    public void Nothing_received_is_no_status_line_and_no_body()
    {
        var response = HttpResponse.Parse([]);

        response.HasStatusLine.Should().BeFalse();
        response.Body.Should().BeEmpty();
    }

    [Theory]
    [InlineData("HTTP/1.1 200 OK", "HTTP/1.1", 200, "OK")]
    [InlineData("HTTP/1.1 404 Not Found", "HTTP/1.1", 404, "Not Found")]
    [InlineData("HTTP/1.0 200 OK", "HTTP/1.0", 200, "OK")]
    [InlineData("HTTP/1.1 200", "HTTP/1.1", 200, "")]
    [InlineData("HTTP/1.1 200 ", "HTTP/1.1", 200, "")]
    public void Well_formed_status_lines_are_read(string line, string version, int code, string reason)
    {
        var response = Parse(line + "\r\n\r\n");

        response.Status.Should().Be(new HttpStatusLine(version, code, reason));
        response.StatusLineProblem.Should().BeNull();
    }

    [Theory]
    [InlineData("HTTP/1.1 200OK", "has no space between the status code and the reason, as in `HTTP/1.1 200 OK`")]
    [InlineData("HTTP/1.1 200\tOK", "separates the code from the reason with a tab, not a space")]
    [InlineData("HTTP/1.1200 OK", "has no space between the version and the status code")]
    [InlineData("HTTP/1.1  200 OK", "has more than one space between the version and the status code")]
    [InlineData("HTTP 200 OK", "has no version number after `HTTP`: it starts with `HTTP/1.1`")]
    [InlineData("HTTP/1.1 OK 200", "has no three-digit status code after the version, as in `HTTP/1.1 200 OK`")]
    [InlineData("HTTP/1.1 2000 OK", "has no three-digit status code after the version, as in `HTTP/1.1 200 OK`")]
    [InlineData("HTTP/1.1", "has no status code after the version, as in `HTTP/1.1 200 OK`")]
    [InlineData("http/1.1 200 OK", "writes the version in lower case: it is `HTTP/1.1`, in capitals")]
    [InlineData(" HTTP/1.1 200 OK", "starts with a space: it must start with `HTTP/1.1`")]
    [InlineData("200 OK", "has no version before the code: it starts with `HTTP/1.1`, as in `HTTP/1.1 200 OK`")]
    public void A_malformed_status_line_is_named_precisely(string line, string problem)
    {
        var response = Parse(line + "\r\n\r\nHello");

        response.Status.Should().BeNull();
        response.StatusLineProblem.Should().Be(problem);
        Encoding.ASCII.GetString(response.Body).Should().Be("Hello");
    }

    [Fact]
    public void An_empty_line_before_the_status_line_is_a_problem_but_the_status_is_read()
    {
        var response = Parse("\r\nHTTP/1.1 200 OK\r\n\r\nHello");

        response.Status!.Code.Should().Be(200);
        response.StatusLineProblem.Should().Be("comes after an empty line: the reply must start with the status line");
    }

    [Theory]
    [InlineData("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nHel", false)]
    [InlineData("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nHello", true)]
    [InlineData("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n", false)]
    [InlineData("HTTP/1.1 200 OK\r\n\r\nHello", false)]
    public void A_reply_is_complete_by_its_own_framing_only_with_a_content_length(string received, bool complete) =>
        HttpResponse.IsComplete(Encoding.ASCII.GetBytes(received)).Should().Be(complete);
}
