using FluentAssertions;
using Grader.Labs.WebServer.Judges;
using Grader.Labs.WebServer.Probe;
using Grader.Results;

namespace Grader.Tests.Labs.WebServer;

/// <summary>What the browser check tells a student from what headless Chromium showed and logged: no browser.</summary>
[Fast]
public sealed class BrowserJudgeTests
{
    private const string Url = "http://localhost:6789/lab-grader-page.html";
    private static readonly string Shown = $"<h1>{TestSite.Heading}</h1><p id=\"picture\">{TestSite.PictureLoaded}</p>";

    private static BrowserRequest Page(params string[] headers) => new("GET", Url) { ResponseHeaders = headers };

    /// <summary>Each request as the browser logged it, and what is said of it.</summary>
    public static TheoryData<string, BrowserRequest, string?> Requests() =>
        new()
        {
            {
                "a Content-Length the body never reached, then a close",
                Page("HTTP/1.1 200 OK", "Content-Length: 85") with
                {
                    BodyBytes = 75,
                    Error = "ERR_CONTENT_LENGTH_MISMATCH",
                    Ended = true,
                },
                "the reply to `GET /lab-grader-page.html` says `Content-Length: 85` but the server sent 75 bytes of body and closed the connection, 10 bytes short (`ERR_CONTENT_LENGTH_MISMATCH`)"
            },
            {
                "a Content-Length the body never reached, the connection kept open",
                Page("HTTP/1.1 200 OK", "Content-Length: 85") with
                {
                    BodyBytes = 75,
                },
                "the browser waited for 10 more bytes than the body it received: the reply to `GET /lab-grader-page.html` says `Content-Length: 85` but the server sent 75 bytes and kept the connection open"
            },
            {
                "no Content-Length, the connection kept open",
                Page("HTTP/1.1 200 OK") with
                {
                    BodyBytes = 600,
                },
                "the reply to `GET /lab-grader-page.html` has no `Content-Length`, and the server kept the connection open after 600 bytes of body, so the browser waited for the close that ends it"
            },
            {
                "no reply's headers yet",
                Page(),
                "the browser sent `GET /lab-grader-page.html` and was still waiting for the reply's headers and the empty line that ends them"
            },
            {
                "a reply the browser refused",
                Page() with
                {
                    Error = "ERR_INVALID_HTTP_RESPONSE",
                    Ended = true,
                },
                "the browser's `GET /lab-grader-page.html` failed with `ERR_INVALID_HTTP_RESPONSE`: what came back does not start with a status line such as `HTTP/1.1 200 OK`"
            },
            {
                "a whole reply without a length, ended by a close",
                Page("HTTP/1.1 200 OK") with
                {
                    BodyBytes = 600,
                    Ended = true,
                },
                null
            },
            {
                "a whole reply with its length, on a connection kept open",
                Page("HTTP/1.1 200 OK", "content-length: 600") with
                {
                    BodyBytes = 600,
                },
                null
            },
        };

    [Theory]
    [MemberData(nameof(Requests))]
    public void What_the_browser_saw_of_a_request_is_said_in_one_sentence(
        string why,
        BrowserRequest request,
        string? said
    ) => BrowserJudge.Describe(request).Should().Be(said, why);

    [Fact]
    public void A_browser_stopped_while_loading_is_told_what_it_saw_and_the_server_is_not_blamed_for_ending()
    {
        var visit = new BrowserVisit(
            Url,
            "",
            TimeSpan.FromSeconds(5),
            [Page("HTTP/1.1 200 OK", "Content-Length: 85") with { BodyBytes = 75 }],
            null
        );

        var outcome = BrowserJudge.Judge(visit);

        outcome.Status.Should().Be(CheckStatus.Failed);
        outcome
            .Message.Should()
            .Be(
                $"Chromium was still loading {Url} 5 s after it connected to the server, and was stopped: the browser waited for 10 more bytes than the body it received: the reply to `GET /lab-grader-page.html` says `Content-Length: 85` but the server sent 75 bytes and kept the connection open"
            );
    }

    [Fact]
    public void A_page_and_picture_shown_pass() =>
        BrowserJudge
            .Judge(new BrowserVisit(Url, Shown, null, [], null))
            .Should()
            .Be(
                new Grader.Checks.CheckOutcome(
                    CheckStatus.Passed,
                    $"Chromium showed {TestSite.PageName} and its picture {TestSite.ImageName}"
                )
            );

    [Fact]
    public void A_picture_cut_short_is_named_from_its_request()
    {
        var picture = new BrowserRequest("GET", "http://localhost:6789/" + TestSite.ImageName)
        {
            ResponseHeaders = ["HTTP/1.1 200 OK", "Content-Length: 98"],
            BodyBytes = 88,
            Error = "ERR_CONTENT_LENGTH_MISMATCH",
            Ended = true,
        };
        var document = Shown.Replace(TestSite.PictureLoaded, TestSite.PictureFailed, StringComparison.Ordinal);

        var outcome = BrowserJudge.Judge(
            new BrowserVisit(Url, document, null, [Page("HTTP/1.1 200 OK") with { Ended = true }, picture], null)
        );

        outcome
            .Message.Should()
            .Be(
                $"Chromium showed {TestSite.PageName} but not its picture {TestSite.ImageName}: the reply to `GET /{TestSite.ImageName}` says `Content-Length: 98` but the server sent 88 bytes of body and closed the connection, 10 bytes short (`ERR_CONTENT_LENGTH_MISMATCH`)"
            );
    }

    [Fact]
    public void A_server_that_ended_is_named_before_what_the_browser_saw()
    {
        var outcome = BrowserJudge.Judge(
            new BrowserVisit(
                Url,
                "",
                null,
                [Page() with { Error = "ERR_CONNECTION_REFUSED", Ended = true }],
                "the server exited with code 1, after serving 1 client"
            )
        );

        outcome
            .Message.Should()
            .Be($"Chromium could not load {Url}: the server exited with code 1, after serving 1 client");
    }
}
