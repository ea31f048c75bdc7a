using FluentAssertions;
using Grader.Labs.WebServer.Judges;

namespace Grader.Tests.Labs.WebServer;

/// <summary>Chromium's network log read request by request, over fixed text in its format: no browser.</summary>
[Fast]
public sealed class BrowserNetLogTests
{
    // The log's first line, with the numbers this Chromium gives the events, sources and errors the reader uses.
    private const string Constants =
        "{\"constants\":{\"logEventPhase\":{\"PHASE_BEGIN\":1,\"PHASE_END\":2,\"PHASE_NONE\":0},"
        + "\"logEventTypes\":{\"FAILED\":1,\"REQUEST_ALIVE\":2,\"URL_REQUEST_START_JOB\":136,"
        + "\"URL_REQUEST_JOB_FILTERED_BYTES_READ\":150,\"HTTP_TRANSACTION_READ_RESPONSE_HEADERS\":245},"
        + "\"logSourceType\":{\"URL_REQUEST\":1,\"SOCKET\":10},"
        + "\"netError\":{\"ERR_CONTENT_LENGTH_MISMATCH\":-354,\"ERR_EMPTY_RESPONSE\":-324}},\n\"events\": [\n";

    private static string Event(int type, int phase, int source, string parameters = "{}", int sourceType = 1) =>
        $"{{\"params\":{parameters},\"phase\":{phase},\"source\":{{\"id\":{source},\"start_time\":\"1\",\"type\":{sourceType}}},\"time\":\"2\",\"type\":{type}}},\n";

    private static string Start(int source, string path) =>
        Event(136, 1, source, $"{{\"method\":\"GET\",\"url\":\"http://localhost:6789{path}\"}}");

    private static string Headers(int source, params string[] lines) =>
        Event(245, 0, source, $"{{\"headers\":[{string.Join(",", lines.Select(l => $"\"{l}\""))}]}}");

    private static string Read(int source, int bytes) => Event(150, 0, source, $"{{\"byte_count\":{bytes}}}");

    private static string Failed(int source, int error) => Event(1, 0, source, $"{{\"net_error\":{error}}}");

    private static string Alive(int source, string parameters = "{}") => Event(2, 2, source, parameters);

    [Fact]
    public void A_request_cut_short_by_a_close_has_its_length_its_body_and_the_browsers_error()
    {
        var log =
            Constants
            + Start(7, "/lab-grader-page.html")
            + Headers(7, "HTTP/1.1 200 OK", "Content-Length: 642")
            + Read(7, 380)
            + Read(7, 220)
            + Failed(7, -354)
            + Alive(7, "{\"net_error\":-354}");

        var request = BrowserNetLog.Read(log).Should().ContainSingle().Subject;

        request.Method.Should().Be("GET");
        request.Path.Should().Be("/lab-grader-page.html");
        request.StatusLine.Should().Be("HTTP/1.1 200 OK");
        request.ContentLength.Should().Be(642);
        request.BodyBytes.Should().Be(600);
        request.Error.Should().Be("ERR_CONTENT_LENGTH_MISMATCH");
        request.Ended.Should().BeTrue();
    }

    [Fact]
    public void A_log_cut_off_by_a_stopped_browser_keeps_every_whole_line_and_a_request_that_had_not_ended()
    {
        var log =
            Constants + Start(3, "/lab-grader-page.html") + Headers(3, "HTTP/1.1 200 OK") + Read(3, 75) + "{\"par";

        var request = BrowserNetLog.Read(log).Should().ContainSingle().Subject;

        request.BodyBytes.Should().Be(75);
        request.ContentLength.Should().BeNull();
        request.Ended.Should().BeFalse();
        request.Error.Should().BeNull();
    }

    [Fact]
    public void Requests_come_in_the_order_they_started_and_other_sources_events_are_not_theirs()
    {
        var log =
            Constants
            + Start(5, "/lab-grader-page.html")
            + Start(9, "/lab-grader-image.png")
            + Read(5, 10, sourceType: 10)
            + Alive(9)
            + Alive(5);

        var requests = BrowserNetLog.Read(log);

        requests.Select(r => r.Path).Should().Equal("/lab-grader-page.html", "/lab-grader-image.png");
        requests.Should().OnlyContain(r => r.Ended && r.Error == null && r.BodyBytes == 0);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a log\n")]
    [InlineData("{\"constants\":{\"logEventTypes\":\n")]
    public void Text_that_is_not_a_network_log_has_no_requests(string text) =>
        BrowserNetLog.Read(text).Should().BeEmpty();

    private static string Read(int source, int bytes, int sourceType) =>
        Event(150, 0, source, $"{{\"byte_count\":{bytes}}}", sourceType);
}
