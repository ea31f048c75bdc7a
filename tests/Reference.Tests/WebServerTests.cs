using System.Net;
using System.Net.Sockets;
using System.Text;
using FluentAssertions;
using Reference.Tests.Support;
using Xunit;

namespace Reference.Tests;

/// <summary>
/// The reference <c>web-server</c> over the test's own sockets, byte for byte: files, types, lengths, errors,
/// requests in pieces, paths that try to leave the root, and connections served side by side.
/// </summary>
public sealed class WebServerTests(WebSite site) : IClassFixture<WebSite>
{
    private readonly CancellationToken cancellationToken = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Serves_a_binary_file_byte_for_byte_with_its_exact_length_and_type()
    {
        var reply = await RawHttp.GetAsync(site.Port, "/image.png", cancellationToken);

        reply.StatusLine.Should().Be("HTTP/1.1 200 OK");
        reply.Headers["Content-Type"].Should().Be("image/png");
        reply.Headers["Content-Length"].Should().Be("102400");
        reply.Headers["Connection"].Should().Be("close");
        reply.Body.Should().Equal(site.Image);
    }

    [Theory]
    [InlineData("page.htm", "text/html")]
    [InlineData("UPPER.HTML", "text/html")]
    [InlineData("notes.txt", "text/plain")]
    [InlineData("style.css", "text/css")]
    [InlineData("app.js", "text/javascript")]
    [InlineData("photo.jpg", "image/jpeg")]
    [InlineData("photo.jpeg", "image/jpeg")]
    [InlineData("anim.gif", "image/gif")]
    [InlineData("favicon.ico", "image/x-icon")]
    [InlineData("data.bin", "application/octet-stream")]
    [InlineData("README", "application/octet-stream")]
    public async Task Names_the_content_type_by_the_extension(string file, string type)
    {
        var reply = await RawHttp.GetAsync(site.Port, "/" + file, cancellationToken);

        reply.Status.Should().Be(200);
        reply.Headers["Content-Type"].Should().Be(type);
        reply.Text.Should().Be($"the file {file}\n");
        reply
            .Headers["Content-Length"]
            .Should()
            .Be(reply.Body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("/", "<h1>home</h1>\n")]
    [InlineData("/sub/", "<h1>sub</h1>\n")]
    [InlineData("/sub", "<h1>sub</h1>\n")]
    [InlineData("/with%20space.txt", "a space in the name\n")]
    [InlineData("/caf%C3%A9.txt", "an accent in the name\n")]
    [InlineData("/notes.txt?version=2#top", "the file notes.txt\n")]
    [InlineData("/./sub//index.html", "<h1>sub</h1>\n")]
    [InlineData("http://localhost/notes.txt", "the file notes.txt\n")]
    public async Task Finds_the_file_a_target_names(string target, string content)
    {
        var reply = await RawHttp.GetAsync(site.Port, target, cancellationToken);

        reply.Status.Should().Be(200);
        reply.Text.Should().Be(content);
    }

    [Fact]
    public async Task Serves_an_empty_file_with_a_length_of_zero()
    {
        var reply = await RawHttp.GetAsync(site.Port, "/empty.txt", cancellationToken);

        reply.StatusLine.Should().Be("HTTP/1.1 200 OK");
        reply.Headers["Content-Length"].Should().Be("0");
        reply.Body.Should().BeEmpty();
    }

    [Fact]
    public async Task Answers_a_missing_file_with_404_and_a_small_html_page_of_the_stated_length()
    {
        var reply = await RawHttp.GetAsync(site.Port, "/no-such-file.html", cancellationToken);

        reply.StatusLine.Should().Be("HTTP/1.1 404 Not Found");
        reply.Headers["Content-Type"].Should().Be("text/html; charset=utf-8");
        reply
            .Headers["Content-Length"]
            .Should()
            .Be(reply.Body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        reply.Text.Should().StartWith("<!DOCTYPE html>").And.Contain("<h1>404 Not Found</h1>");
    }

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/%2E%2E/secret.txt")]
    [InlineData("/%2e%2e%2fsecret.txt")]
    [InlineData("/sub/../../secret.txt")]
    [InlineData("/sub/%2e%2e/%2e%2e/secret.txt")]
    [InlineData("/..%5csecret.txt")]
    [InlineData("/..\\secret.txt")]
    public async Task Refuses_a_path_with_dot_dot_segments_with_403(string target)
    {
        var reply = await RawHttp.GetAsync(site.Port, target, cancellationToken);

        reply.StatusLine.Should().Be("HTTP/1.1 403 Forbidden");
        reply.Text.Should().NotContain(WebSite.Secret);
    }

    [Theory]
    [InlineData("http://localhost/../secret.txt")]
    [InlineData("/%252e%252e/secret.txt")]
    [InlineData("//secret.txt")]
    public async Task Never_serves_a_file_outside_the_root_however_the_target_is_written(string target)
    {
        var reply = await RawHttp.GetAsync(site.Port, target, cancellationToken);

        reply.Status.Should().BeOneOf(403, 404);
        reply.Text.Should().NotContain(WebSite.Secret);
    }

    [Fact]
    public async Task Looks_for_an_absolute_path_inside_the_root()
    {
        var reply = await RawHttp.GetAsync(site.Port, "/" + site.SecretFile, cancellationToken);

        reply.StatusLine.Should().Be("HTTP/1.1 404 Not Found");
        reply.Text.Should().NotContain(WebSite.Secret);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("get")]
    public async Task Answers_a_method_other_than_GET_and_HEAD_with_501(string method)
    {
        var reply = await RawHttp.ExchangeAsync(site.Port, RawHttp.Request(method, "/notes.txt"), cancellationToken);

        reply.StatusLine.Should().Be("HTTP/1.1 501 Not Implemented");
        reply.Text.Should().Contain("501 Not Implemented");
    }

    [Fact]
    public async Task Answers_a_post_with_a_body_it_does_not_read_without_resetting_the_connection()
    {
        var body = new string('x', 20_000);
        var request = Encoding.ASCII.GetBytes(
            $"POST /notes.txt HTTP/1.1\r\nHost: localhost\r\nContent-Length: {body.Length}\r\n\r\n{body}"
        );

        var reply = await RawHttp.ExchangeAsync(site.Port, request, cancellationToken);

        reply.StatusLine.Should().Be("HTTP/1.1 501 Not Implemented");
        reply
            .Body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)
            .Should()
            .Be(reply.Headers["Content-Length"]);
    }

    [Fact]
    public async Task Answers_HEAD_with_the_head_of_a_GET_and_no_body()
    {
        var reply = await RawHttp.ExchangeAsync(site.Port, RawHttp.Request("HEAD", "/image.png"), cancellationToken);

        reply.StatusLine.Should().Be("HTTP/1.1 200 OK");
        reply.Headers["Content-Length"].Should().Be("102400");
        reply.Body.Should().BeEmpty();
    }

    [Theory]
    [InlineData("GET /notes.txt\r\n\r\n", "HTTP/1.1 400 Bad Request")]
    [InlineData("GET /notes.txt HTTP/1.1 extra\r\n\r\n", "HTTP/1.1 400 Bad Request")]
    [InlineData("GET notes.txt HTTP/1.1\r\n\r\n", "HTTP/1.1 400 Bad Request")]
    [InlineData("GET /notes%00.txt HTTP/1.1\r\n\r\n", "HTTP/1.1 400 Bad Request")]
    [InlineData("GET /notes.txt HTTP/2.0\r\n\r\n", "HTTP/1.1 505 HTTP Version Not Supported")]
    public async Task Answers_a_malformed_request_with_an_error_status(string request, string statusLine)
    {
        var reply = await RawHttp.ExchangeAsync(site.Port, Encoding.ASCII.GetBytes(request), cancellationToken);

        reply.StatusLine.Should().Be(statusLine);
    }

    [Fact]
    public async Task Answers_a_head_longer_than_16_KiB_with_431()
    {
        var request = Encoding.ASCII.GetBytes($"GET /notes.txt HTTP/1.1\r\nX-Long: {new string('a', 17_000)}\r\n\r\n");

        var reply = await RawHttp.ExchangeAsync(site.Port, request, cancellationToken);

        reply.StatusLine.Should().Be("HTTP/1.1 431 Request Header Fields Too Large");
    }

    [Fact]
    public async Task Answers_a_client_that_stops_in_the_middle_of_the_head_with_400()
    {
        using var socket = await Sockets.ConnectTcpAsync(site.Port, cancellationToken);
        await socket.SendAsync("GET /notes.txt HTTP/1.1\r\nHost: loc"u8.ToArray(), SocketFlags.None, cancellationToken);
        socket.Shutdown(SocketShutdown.Send);

        var reply = HttpReply.Parse(await RawHttp.ReadToEndAsync(socket, cancellationToken));

        reply.StatusLine.Should().Be("HTTP/1.1 400 Bad Request");
    }

    [Fact]
    public async Task Reads_a_request_that_arrives_in_several_segments_to_its_blank_line()
    {
        using var socket = await Sockets.ConnectTcpAsync(site.Port, cancellationToken);
        socket.NoDelay = true;

        await socket.SendAsync("GET /notes.txt HTTP/1.1\r"u8.ToArray(), SocketFlags.None, cancellationToken);
        var silentAfterFirst = await RawHttp.StaysSilentAsync(socket, cancellationToken);
        await socket.SendAsync("\nHost: localhost\r\n\r"u8.ToArray(), SocketFlags.None, cancellationToken);
        var silentAfterSecond = await RawHttp.StaysSilentAsync(socket, cancellationToken);
        await socket.SendAsync("\n"u8.ToArray(), SocketFlags.None, cancellationToken);
        var reply = HttpReply.Parse(await RawHttp.ReadToEndAsync(socket, cancellationToken));

        silentAfterFirst.Should().BeTrue("the request line is not complete yet");
        silentAfterSecond.Should().BeTrue("the blank line that ends the head has not arrived");
        reply.StatusLine.Should().Be("HTTP/1.1 200 OK");
        reply.Text.Should().Be("the file notes.txt\n");
    }

    [Fact]
    public async Task Accepts_bare_LF_line_ends_and_empty_lines_before_the_request_line()
    {
        var reply = await RawHttp.ExchangeAsync(
            site.Port,
            "\r\nGET /notes.txt HTTP/1.0\nHost: localhost\n\n"u8.ToArray(),
            cancellationToken
        );

        reply.StatusLine.Should().Be("HTTP/1.1 200 OK");
        reply.Text.Should().Be("the file notes.txt\n");
    }

    [Fact]
    public async Task Serves_a_second_connection_while_the_first_is_still_sending_its_request()
    {
        using var first = await Sockets.ConnectTcpAsync(site.Port, cancellationToken);
        await first.SendAsync("GET /page.htm HTTP/1.1\r\n"u8.ToArray(), SocketFlags.None, cancellationToken);

        var second = await RawHttp.GetAsync(site.Port, "/notes.txt", cancellationToken);
        await first.SendAsync("\r\n"u8.ToArray(), SocketFlags.None, cancellationToken);
        var firstReply = HttpReply.Parse(await RawHttp.ReadToEndAsync(first, cancellationToken));

        second.Text.Should().Be("the file notes.txt\n");
        firstReply.Text.Should().Be("the file page.htm\n");
    }

    [Fact]
    public async Task Serves_many_clients_at_once()
    {
        var replies = await Task.WhenAll(
            Enumerable.Range(0, 20).Select(_ => RawHttp.GetAsync(site.Port, "/image.png", cancellationToken))
        );

        replies.Should().AllSatisfy(reply => reply.Body.Should().Equal(site.Image));
    }

    [Fact]
    public async Task Works_with_dotnets_own_http_client()
    {
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{site.Port}/") };

        using var found = await client.GetAsync("image.png", cancellationToken);
        using var missing = await client.GetAsync("missing.txt", cancellationToken);

        found.StatusCode.Should().Be(HttpStatusCode.OK);
        found.Content.Headers.ContentType!.MediaType.Should().Be("image/png");
        (await found.Content.ReadAsByteArrayAsync(cancellationToken)).Should().Equal(site.Image);
        missing.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Prints_one_line_per_request_with_the_client_the_request_line_the_status_and_the_length()
    {
        using var socket = await Sockets.ConnectTcpAsync(site.Port, cancellationToken);
        var client = socket.LocalEndPoint!.ToString();
        await socket.SendAsync(RawHttp.Request("GET", "/favicon.ico"), SocketFlags.None, cancellationToken);
        await RawHttp.ReadToEndAsync(socket, cancellationToken);

        var length = "the file favicon.ico\n".Length;
        await site.Server.WaitForLineAsync($"{client} \"GET /favicon.ico HTTP/1.1\" 200 {length}");
    }
}
