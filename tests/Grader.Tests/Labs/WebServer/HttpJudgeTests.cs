using System.Text;
using FluentAssertions;
using Grader.Checks;
using Grader.Labs.WebServer.Judges;

namespace Grader.Tests.Labs.WebServer;

/// <summary>What the web server's judge finds in a reply and tells a student, over fixed bytes: no sockets.</summary>
[Fast]
public sealed class HttpJudgeTests
{
    private const string Host = "localhost:6789";
    private const string FileName = "hello.html";
    private const string Page = "<html>\n<body>Hello, web</body>\n</html>\n";
    private const string GoodHead = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 39\r\n\r\n";
    private static readonly byte[] File = Encoding.ASCII.GetBytes(Page);
    private static readonly RawRequest Request = RawRequest.Get("/hello.html", Host);

    private static HttpVerdict JudgeFile(string reply, ReplyEnd end = ReplyEnd.Closed) =>
        HttpJudge.JudgeFile(new HttpExchange(Request, Encoding.Latin1.GetBytes(reply), end), FileName, File);

    private static HttpVerdict JudgeMissing(string reply) =>
        HttpJudge.JudgeMissing(
            new HttpExchange(RawRequest.Get("/missing.html", Host), Encoding.Latin1.GetBytes(reply), ReplyEnd.Closed)
        );

    [Fact]
    public void A_reply_with_its_length_type_and_the_file_has_no_fault() =>
        JudgeFile(GoodHead + Page).Findings.Should().BeEmpty();

    [Fact]
    public void The_textbook_skeletons_reply_breaks_nothing_the_handout_requires()
    {
        var verdict = JudgeFile("HTTP/1.1 200 OK\r\n\r\n" + Page + "\r\n");

        verdict
            .Findings.Select(f => f.Fault)
            .Should()
            .Equal(HttpFault.MissingContentLength, HttpFault.MissingContentType, HttpFault.ExtraBytesAfterFile);
        verdict.Where(WebServerHandout.Requires).Should().BeEmpty();
        verdict.Response.Status!.Code.Should().Be(200);
    }

    [Fact]
    public void Bytes_after_a_content_length_that_is_the_files_are_not_the_body_but_make_the_length_wrong() =>
        JudgeFile(GoodHead + Page + "\r\n")
            .Findings.Should()
            .ContainSingle()
            .Which.Should()
            .Match<Finding<HttpFault>>(f =>
                f.Fault == HttpFault.WrongContentLength
                && f.Message.Contains("2 more bytes (`\\r\\n`) follow the file", StringComparison.Ordinal)
            );

    /// <summary>Replies whose body is the file and then more than a line ending: each fails what the handout requires,
    /// once, saying where the body stops matching and what came there.</summary>
    public static TheoryData<string, string, string> RepliesWithMoreAfterTheFile() =>
        new()
        {
            {
                "the file once per character of it (the skeleton's loop sending the whole file each time)",
                "HTTP/1.1 200 OK\r\n\r\n" + string.Concat(Enumerable.Repeat(Page, Page.Length)) + "\r\n",
                "the body does not stop where the file `hello.html` ends: after its 39 bytes come 1484 more, from byte 39 on: `<html>\\n<body>Hello, web</body>\\n</html>… (1484 characters)` (the file again, 38 more times, then `\\r\\n`); send the file once, then close the connection"
            },
            {
                "a 404 reply appended after the file and the skeleton's \\r\\n",
                "HTTP/1.1 200 OK\r\n\r\n" + Page + "\r\nHTTP/1.1 404 Not Found\r\n\r\n<h1>404 Not Found</h1>\r\n",
                "the body does not stop where the file `hello.html` ends: after its 39 bytes come 52 more, from byte 39 on: `\\r\\nHTTP/1.1 404 Not Found\\r\\n\\r\\n<h1>40… (52 characters)` (a second reply, `HTTP/1.1 404 Not Found`); send the file once, then close the connection"
            },
            {
                "a 404 reply appended after a Content-Length that is the file's",
                GoodHead + Page + "HTTP/1.1 404 Not Found\r\n\r\n<h1>404 Not Found</h1>\r\n",
                "the body does not stop where the file `hello.html` ends: after its 39 bytes come 50 more, from byte 39 on: `HTTP/1.1 404 Not Found\\r\\n\\r\\n<h1>404 No… (50 characters)` (a second reply, `HTTP/1.1 404 Not Found`); send the file once, then close the connection"
            },
            {
                "a stray page after the file",
                "HTTP/1.1 200 OK\r\n\r\n" + Page + "<p>debug: served hello.html</p>\n",
                "the body does not stop where the file `hello.html` ends: after its 39 bytes come 32 more, from byte 39 on: `<p>debug: served hello.html</p>\\n`; send the file once, then close the connection"
            },
        };

    [Theory]
    [MemberData(nameof(RepliesWithMoreAfterTheFile))]
    public void A_body_that_runs_on_after_the_file_fails_what_the_handout_requires_where_it_stops_matching(
        string why,
        string reply,
        string message
    )
    {
        var verdict = JudgeFile(reply);

        verdict
            .Where(WebServerHandout.Requires)
            .Select(f => f.Fault)
            .Should()
            .Equal([HttpFault.BodyLongerThanFile], why);
        verdict.MessageFor(HttpFault.BodyLongerThanFile).Should().Be(message, why);
        verdict.Has(HttpFault.WrongContentLength).Should().BeFalse("the bytes after the file are reported once");
    }

    [Fact]
    public void Server_that_repeats_the_file_fails_serves_file_where_the_body_stops_matching() =>
        JudgeFile("HTTP/1.1 200 OK\r\n\r\n" + Page + Page)
            .MessageFor(HttpFault.BodyLongerThanFile)
            .Should()
            .Contain("from byte 39 on")
            .And.Contain("(the file again, once more)");

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\n")]
    [InlineData("\r\n\r\n")]
    public void Line_endings_after_the_file_are_robustness_only(string after)
    {
        var verdict = JudgeFile("HTTP/1.1 200 OK\r\n\r\n" + Page + after);

        verdict.Has(HttpFault.ExtraBytesAfterFile).Should().BeTrue();
        verdict.Where(WebServerHandout.Requires).Should().BeEmpty();
    }

    [Fact]
    public void A_content_length_the_body_never_reaches_on_an_open_connection_never_ends_the_reply()
    {
        var verdict = JudgeFile(
            "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 49\r\n\r\n" + Page,
            ReplyEnd.TimedOut
        );

        verdict
            .MessageFor(HttpFault.NeverClosed)
            .Should()
            .Be(
                "the server sent 39 bytes of body, 10 fewer than the `Content-Length: 49` it announced, and then neither sent the rest nor closed the connection, so a browser waits for the last 10 bytes forever"
            );
        WebServerHandout.Requires(HttpFault.NeverClosed).Should().BeTrue();
        verdict.Has(HttpFault.ShortOfLength).Should().BeFalse("the fault is reported once");
    }

    [Fact]
    public void A_content_length_larger_than_the_body_then_a_close_is_robustness_only()
    {
        var verdict = JudgeFile("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 49\r\n\r\n" + Page);

        verdict.Findings.Select(f => f.Fault).Should().Equal(HttpFault.ShortOfLength, HttpFault.WrongContentLength);
        verdict.Where(WebServerHandout.Requires).Should().BeEmpty();
    }

    /// <summary>Each faulty reply to <c>GET /hello.html</c> (39 bytes of HTML): the fault, and what the student
    /// reads.</summary>
    public static TheoryData<string, string, HttpFault, string> FaultyReplies() =>
        new()
        {
            {
                "the file with no header",
                Page,
                HttpFault.NoStatusLine,
                "the server sent the file `hello.html` in reply to `GET /hello.html HTTP/1.1` with no status line or headers before it: a reply starts with `HTTP/1.1 200 OK`, then its headers and an empty line"
            },
            {
                "text that is not a reply",
                "Hello!\n",
                HttpFault.NoStatusLine,
                "the reply to `GET /hello.html HTTP/1.1` starts `Hello!\\n`, not with a status line such as `HTTP/1.1 200 OK`"
            },
            {
                "no space between code and reason",
                "HTTP/1.1 200OK\r\nContent-Type: text/html\r\nContent-Length: 39\r\n\r\n" + Page,
                HttpFault.MalformedStatusLine,
                "the status line `HTTP/1.1 200OK` has no space between the status code and the reason, as in `HTTP/1.1 200 OK`"
            },
            {
                "no empty line after the headers",
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n" + Page,
                HttpFault.NoBlankLine,
                "the headers `HTTP/1.1 200 OK\\r\\nContent-Type: text/html\\r\\n` are not followed by an empty line (`\\r\\n\\r\\n`), so a browser takes the file's first line `<html>` for a header"
            },
            {
                "headers ended by \\n\\n",
                "HTTP/1.1 200 OK\nContent-Type: text/html\nContent-Length: 39\n\n" + Page,
                HttpFault.HeaderEndBareLf,
                "the headers end with `\\n\\n`, not `\\r\\n\\r\\n`: browsers accept it, but HTTP ends every header line, and the empty line after them, with `\\r\\n`"
            },
            {
                "a header without a colon",
                "HTTP/1.1 200 OK\r\nContent-Type text/html\r\nContent-Length: 39\r\n\r\n" + Page,
                HttpFault.MalformedHeader,
                "the header line `Content-Type text/html` is not of the form `Name: value`"
            },
            {
                "a content length one too many",
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 40\r\n\r\n" + Page,
                HttpFault.WrongContentLength,
                "the reply says `Content-Length: 40` but the file `hello.html` has 39 bytes"
            },
            {
                "a content length that is not a number",
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 39 bytes\r\n\r\n" + Page,
                HttpFault.WrongContentLength,
                "the header `Content-Length: 39 bytes` is not a number of bytes: the file `hello.html` has 39 bytes"
            },
            {
                "no content length",
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + Page,
                HttpFault.MissingContentLength,
                "the reply has no `Content-Length` header, so a browser knows that the 39-byte file `hello.html` has ended only when the server closes the connection"
            },
            {
                "no content type",
                "HTTP/1.1 200 OK\r\nContent-Length: 39\r\n\r\n" + Page,
                HttpFault.MissingContentType,
                "the reply has no `Content-Type` header, so a browser must guess what `hello.html` is: send `Content-Type: text/html`"
            },
            {
                "the wrong content type",
                "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 39\r\n\r\n" + Page,
                HttpFault.WrongContentType,
                "the reply says `Content-Type: text/plain` for `hello.html`, expected `text/html`"
            },
            {
                "404 for a file that is there",
                "HTTP/1.1 404 Not Found\r\n\r\n<h1>Not found</h1>",
                HttpFault.WrongStatus,
                "the server answered `HTTP/1.1 404 Not Found` to `GET /hello.html HTTP/1.1`, a file that is in its folder: expected `HTTP/1.1 200 OK`"
            },
            {
                "another page",
                GoodHead + "<html>\n<body>Hello, you</body>\n</html>\n",
                HttpFault.BodyDiffers,
                "the body (39 bytes) is not the file `hello.html` (39 bytes): from byte 20 on, the body has `you</body>\\n</html>\\n` where the file has `web</body>\\n</html>\\n`"
            },
            {
                "no body",
                GoodHead,
                HttpFault.BodyDiffers,
                "the reply to `GET /hello.html HTTP/1.1` has no body: the 39 bytes of `hello.html` never came after the headers"
            },
            {
                "the start of the file",
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + Page[..10],
                HttpFault.BodyCutShort,
                "the body is only the first 10 of the 39 bytes of `hello.html`: send the whole file"
            },
            {
                "nothing, then a close",
                "",
                HttpFault.NoReply,
                "the server closed the connection without sending anything in reply to `GET /hello.html HTTP/1.1`"
            },
        };

    [Theory]
    [MemberData(nameof(FaultyReplies))]
    public void A_faulty_reply_is_named_in_one_sentence(string why, string reply, HttpFault fault, string message)
    {
        var verdict = JudgeFile(reply);

        verdict.MessageFor(fault).Should().Be(message, why);
    }

    [Fact]
    public void A_file_sent_with_its_crlf_line_endings_turned_to_lf_is_said_to_be_read_in_text_mode()
    {
        var file = Encoding.ASCII.GetBytes("<html>\r\n</html>\r\n");
        var reply = Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\n\r\n<html>\n</html>\n\r\n");

        var verdict = HttpJudge.JudgeFile(new HttpExchange(Request, reply, ReplyEnd.Closed), FileName, file);

        verdict
            .MessageFor(HttpFault.BodyTextMode)
            .Should()
            .Be(
                "the body differs from `hello.html` only because its `\\r\\n` line endings became `\\n`: the file was opened in text mode; open it in binary mode (`'rb'` in Python) and send its bytes as they are"
            );
        verdict.Has(HttpFault.BodyDiffers).Should().BeFalse();
    }

    [Fact]
    public void A_server_that_closes_on_a_binary_file_is_told_to_open_it_in_binary_mode()
    {
        byte[] image = [0x89, (byte)'P', (byte)'N', (byte)'G', 0xFF, 0x00];

        var verdict = HttpJudge.JudgeFile(
            new HttpExchange(RawRequest.Get("/logo.png", Host), [], ReplyEnd.Closed),
            "logo.png",
            image
        );

        verdict
            .MessageFor(HttpFault.NoReply)
            .Should()
            .Be(
                "the server closed the connection without sending anything in reply to `GET /logo.png HTTP/1.1`: if reading the file failed, it is not text and must be opened in binary mode (`'rb'` in Python)"
            );
    }

    [Fact]
    public void The_status_line_and_the_file_with_an_empty_line_in_it_is_missing_the_empty_line_after_the_headers()
    {
        const string page = "<html>\n\n<body>Hi</body>\n</html>\n";

        var verdict = HttpJudge.JudgeFile(
            new HttpExchange(Request, Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\n" + page), ReplyEnd.Closed),
            FileName,
            Encoding.ASCII.GetBytes(page)
        );

        verdict
            .Findings.Select(f => f.Fault)
            .Should()
            .Equal(HttpFault.NoBlankLine, HttpFault.MissingContentLength, HttpFault.MissingContentType);
    }

    [Fact]
    public void A_server_that_keeps_the_connection_open_without_a_length_never_ends_its_reply() =>
        JudgeFile("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + Page, ReplyEnd.TimedOut)
            .MessageFor(HttpFault.NeverClosed)
            .Should()
            .Be(
                "the server sent 83 bytes in reply to `GET /hello.html HTTP/1.1` and then neither closed the connection nor had sent a `Content-Length`, so a browser waits for the rest forever"
            );

    [Fact]
    public void A_server_that_closes_before_its_own_length_is_told_both_numbers() =>
        JudgeFile("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 39\r\n\r\n" + Page[..20])
            .MessageFor(HttpFault.ShortOfLength)
            .Should()
            .Be(
                "the server closed the connection after 20 bytes of body, fewer than the `Content-Length: 39` it announced"
            );

    [Fact]
    public void A_reset_after_the_reply_is_noted_beside_a_right_reply()
    {
        var verdict = JudgeFile(GoodHead + Page, ReplyEnd.Reset);

        verdict.Findings.Select(f => f.Fault).Should().Equal(HttpFault.Reset);
        WebServerHandout.Requires(HttpFault.Reset).Should().BeFalse();
    }

    [Theory]
    [InlineData("HTTP/1.1 404 Not Found\r\n\r\n<h1>404 Not Found</h1>")]
    [InlineData("HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\nContent-Length: 9\r\n\r\nNot found")]
    public void A_404_with_a_page_is_right_for_a_missing_file(string reply) =>
        JudgeMissing(reply).Findings.Should().BeEmpty();

    [Theory]
    [InlineData(
        "HTTP/1.1 200 OK\r\n\r\n",
        HttpFault.FoundForMissingFile,
        "the server answered `HTTP/1.1 200 OK` to `GET /missing.html HTTP/1.1`, a file that does not exist: expected `HTTP/1.1 404 Not Found`"
    )]
    [InlineData(
        "HTTP/1.1 500 Internal Server Error\r\n\r\n",
        HttpFault.WrongStatusForMissing,
        "the server answered `HTTP/1.1 500 Internal Server Error` to `GET /missing.html HTTP/1.1`, a file that does not exist: expected `HTTP/1.1 404 Not Found`"
    )]
    [InlineData(
        "HTTP/1.1 404 Not Found\r\n\r\n",
        HttpFault.NoBodyOn404,
        "the 404 reply to `GET /missing.html HTTP/1.1` has no body, so a browser shows an empty page: send a short HTML page saying the file was not found"
    )]
    [InlineData(
        "HTTP/1.1 404 Not Found\r\n",
        HttpFault.NoBlankLine,
        "the reply `HTTP/1.1 404 Not Found\\r\\n` ends without the empty line (`\\r\\n\\r\\n`) that ends the headers"
    )]
    [InlineData(
        "",
        HttpFault.NoReply,
        "the server closed the connection without sending anything in reply to `GET /missing.html HTTP/1.1`"
    )]
    public void A_wrong_reply_for_a_missing_file_is_named(string reply, HttpFault fault, string message) =>
        JudgeMissing(reply).Findings.Should().Equal(new Finding<HttpFault>(fault, message));

    [Fact]
    public void A_file_served_from_outside_the_servers_folder_is_found()
    {
        var secret = Encoding.ASCII.GetBytes("the grader's secret 7f3a");
        var request = RawRequest.Traversals("secret.txt", Host)[1];
        var reply = Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\n\r\n").Concat(secret).ToArray();

        var verdict = HttpJudge.JudgeTraversal(new HttpExchange(request, reply, ReplyEnd.Closed), "secret.txt", secret);

        verdict
            .Findings.Should()
            .Equal(
                new Finding<HttpFault>(
                    HttpFault.ServedOutsideRoot,
                    "the server sent `secret.txt`, a file outside its folder, in reply to `GET /%2e%2e/secret.txt HTTP/1.1`: refuse any path with `..` in it (`403 Forbidden` or `404 Not Found`)"
                )
            );
    }

    [Fact]
    public void A_refused_traversal_has_no_fault()
    {
        var reply = Encoding.ASCII.GetBytes("HTTP/1.1 404 Not Found\r\n\r\nNo");

        HttpJudge
            .JudgeTraversal(
                new HttpExchange(RawRequest.Traversals("secret.txt", Host)[0], reply, ReplyEnd.Closed),
                "secret.txt",
                [1, 2, 3]
            )
            .Findings.Should()
            .BeEmpty();
    }

    [Theory]
    [InlineData("HTTP/1.1 501 Not Implemented\r\n\r\n", false)]
    [InlineData("HTTP/1.1 405 Method Not Allowed\r\n\r\n", false)]
    [InlineData("HTTP/1.1 200 OK\r\n\r\n" + Page, true)]
    public void A_method_other_than_get_must_not_succeed(string reply, bool served)
    {
        var request = Request.WithMethod(RawRequest.UnsupportedMethod);

        var verdict = HttpJudge.JudgeOtherMethod(
            new HttpExchange(request, Encoding.ASCII.GetBytes(reply), ReplyEnd.Closed),
            FileName,
            File
        );

        verdict.Has(HttpFault.ServedOtherMethod).Should().Be(served);
        if (served)
            verdict
                .MessageFor(HttpFault.ServedOtherMethod)
                .Should()
                .Be(
                    "the server answered `HTTP/1.1 200 OK` to `DELETE /hello.html HTTP/1.1` and sent `hello.html`: answer a method it does not serve with `501 Not Implemented` or `405 Method Not Allowed`"
                );
    }
}
