using System.Text;
using FluentAssertions;
using Grader.Labs.WebServer.Judges;

namespace Grader.Tests.Labs.WebServer;

/// <summary>The requests the probe sends a web server, byte for byte.</summary>
[Fast]
public sealed class RawRequestTests
{
    private const string Host = "localhost:6789";

    [Fact]
    public void Get_is_a_request_line_host_and_connection_close_each_ended_by_crlf_then_an_empty_line() =>
        Encoding
            .ASCII.GetString(RawRequest.Get("/hello.html", Host).Bytes)
            .Should()
            .Be("GET /hello.html HTTP/1.1\r\nHost: localhost:6789\r\nConnection: close\r\n\r\n");

    [Fact]
    public void Segments_cut_the_request_at_the_given_lengths_and_the_last_holds_the_rest()
    {
        var request = RawRequest.Get("/hello.html", Host);

        var segments = request.Segments(3, 10);

        segments
            .Select(s => Encoding.ASCII.GetString(s))
            .Should()
            .Equal("GET", " /hello.ht", "ml HTTP/1.1\r\nHost: localhost:6789\r\nConnection: close\r\n\r\n");
        segments.SelectMany(s => s).Should().Equal(request.Bytes);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(69)]
    [InlineData(500)]
    public void Segments_that_leave_no_last_one_are_refused(int length) =>
        FluentActions
            .Invoking(() => RawRequest.Get("/hello.html", Host).Segments(length))
            .Should()
            .Throw<ArgumentOutOfRangeException>();

    [Fact]
    public void Traversals_ask_one_folder_up_plainly_with_encoded_dots_and_with_an_encoded_slash() =>
        RawRequest
            .Traversals("secret.txt", Host)
            .Select(r => r.RequestLine)
            .Should()
            .Equal("GET /../secret.txt HTTP/1.1", "GET /%2e%2e/secret.txt HTTP/1.1", "GET /..%2fsecret.txt HTTP/1.1");

    [Fact]
    public void Another_method_changes_only_the_request_line() =>
        Encoding
            .ASCII.GetString(RawRequest.Get("/hello.html", Host).WithMethod(RawRequest.UnsupportedMethod).Bytes)
            .Should()
            .StartWith("DELETE /hello.html HTTP/1.1\r\nHost: localhost:6789\r\n");

    [Fact]
    public void A_path_must_start_with_a_slash() =>
        FluentActions.Invoking(() => RawRequest.Get("hello.html", Host)).Should().Throw<ArgumentException>();
}
