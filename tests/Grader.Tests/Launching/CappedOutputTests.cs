using System.Text;
using FluentAssertions;
using Grader.Launching;

namespace Grader.Tests.Launching;

/// <summary>What the grader keeps of a stream a program writes: the start, up to the cap, and the last bytes beside
/// it, where a sandbox's wrapper says how the program ended. Fed through CliWrap's pipe target, as a launch feeds it (no
/// process: the fast tier's architecture rule keeps CliWrap out of it all the same).</summary>
public sealed class CappedOutputTests
{
    private static async Task<CappedOutput> WrittenAsync(int capBytes, string text)
    {
        var output = new CappedOutput(capBytes);
        await output.Target.CopyFromAsync(
            new MemoryStream(Encoding.UTF8.GetBytes(text)),
            TestContext.Current.CancellationToken
        );
        return output;
    }

    [Fact]
    public async Task A_stream_within_the_cap_is_kept_whole_and_ends_as_it_was_written()
    {
        var output = await WrittenAsync(1024, "line one\nline two\n");

        output.Text.Should().Be("line one\nline two\n");
        output.End.Should().Be("line one\nline two\n");
        output.Truncated.Should().BeFalse();
    }

    [Fact]
    public async Task A_stream_past_the_cap_keeps_its_start_counts_the_rest_and_still_shows_its_last_bytes()
    {
        var text = new string('a', 100_000) + "unshare: sigprocmask unblock failed: Invalid argument\n";

        var output = await WrittenAsync(1024, text);

        output.Text.Should().Be(new string('a', 1024));
        output.Truncated.Should().BeTrue();
        output.TotalBytes.Should().Be(text.Length);
        output.End.Should().HaveLength(256).And.EndWith("unshare: sigprocmask unblock failed: Invalid argument\n");
    }
}
