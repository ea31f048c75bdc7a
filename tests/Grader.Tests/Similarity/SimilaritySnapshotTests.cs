using System.Globalization;
using Grader.Reports;
using Grader.Similarity;
using Grader.Tests.Support;

namespace Grader.Tests.Similarity;

/// <summary>The similarity report over fixed data, in every form it is written, compared with its reviewed snapshot
/// in <c>Snapshots/</c> (rendered in a culture that writes decimal commas, to catch a number written in it).</summary>
[Fast]
public sealed class SimilaritySnapshotTests
{
    private static readonly CultureInfo CommaCulture = CultureInfo.GetCultureInfo("de-DE");

    private const string Server =
        "from socket import *\n\ndef shout(text):\n    return text.upper() + '!'\n\nserverPort = 12000\n";

    private static readonly SimilarityReport Report = new(
        4,
        20,
        0.5,
        1.0 / 3,
        ["TCPClient.py", "TCPServer.py"],
        [
            Pair("alice", "bob", 0.93, 1.0, 0.875),
            Pair("alice", "carol", 0.81, 0.9, 0.75),
            Pair("bob", "carol", 0.62, 0.7, 0.6),
        ],
        [new SimilarityCluster(["alice", "bob", "carol"], 3)]
    );

    [Fact]
    public async Task Similarity_page_reads_as_its_snapshot() =>
        Snapshot.Match(
            await InCommaCultureAsync(output => HtmlReport.WriteAsync(Report, output, default)),
            "similarity.html"
        );

    [Fact]
    public async Task Similarity_csv_reads_as_its_snapshot() =>
        Snapshot.Match(
            await InCommaCultureAsync(output => SimilarityCsv.WriteAsync(Report, output, default)),
            "similarity.csv"
        );

    [Fact]
    public async Task Similarity_json_reads_as_its_snapshot() =>
        Snapshot.Match(
            await InCommaCultureAsync(output => SimilarityJson.WriteAsync(Report, output, default)),
            "similarity.json"
        );

    private static SimilarPair Pair(string first, string second, double score, double firstShare, double secondShare) =>
        new(
            first,
            second,
            score,
            [
                new ProgramMatch(
                    "tcp-server",
                    new MatchedFile(
                        first,
                        "TCPServer.py",
                        firstShare,
                        7 * firstShare,
                        [new MatchedLines(3, 4, 0)],
                        Server
                    ),
                    new MatchedFile(
                        second,
                        "server/TCPServer.py",
                        secondShare,
                        8 * secondShare,
                        [new MatchedLines(3, 4, 0), new MatchedLines(6, 6, 1)],
                        Server
                    ),
                    7
                ),
            ]
        );

    private static async Task<string> InCommaCultureAsync(Func<TextWriter, Task> write)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CommaCulture;
        try
        {
            await using var output = new Utf8StringWriter(CommaCulture);
            await write(output);
            return output.ToString();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
