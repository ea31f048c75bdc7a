using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using FluentAssertions;
using Grader.Reports;
using Grader.Results;
using Grader.Rubric;
using Grader.Tests.Batch;

namespace Grader.Tests.Reports;

/// <summary>Every report format says which program plays each role and why, the other files found, and what a missing
/// role lacks. Fixed data, no grading.</summary>
[Fast]
public sealed class ProgramChoiceReportTests
{
    private const string Why = "a sequential TCP server (serves one connection at a time)";
    private const string Manifest =
        "run: { tcp-server: python3 old/server.py, tcp-server-concurrent: python3 TCPthreads.py }";
    private const string AlsoFound =
        "also found `old/server.py`; to grade it instead, write a submission.yaml (it then names every role's program):  "
        + Manifest;
    private const string Missing =
        "no file named like TCPClient.py (or tcp_client.py, client_tcp.py), and no file that connects to a TCP server.";

    private static readonly GradeResult Result = new(
        "student",
        "lab1-sockets",
        9,
        19,
        0,
        0,
        1200,
        "namespace",
        [
            new RoleResult("tcp-server", true, 9, 9, "server2.py", null)
            {
                Reason = $"`server2.py`: {Why}",
                AlsoFound = AlsoFound,
            },
            new RoleResult("tcp-client", false, 0, 10, null, Missing),
        ],
        [
            new CheckResult(
                "tcp-server/uppercase",
                "tcp-server",
                "Upper-cases ASCII letters",
                true,
                Visibility.Visible,
                CheckStatus.Passed,
                true,
                9,
                9,
                "replied `HELLO` to `hello`",
                [],
                null
            ),
            new CheckResult(
                "tcp-client/sends-line",
                "tcp-client",
                "Sends exactly the line typed",
                true,
                Visibility.Visible,
                CheckStatus.Skipped,
                false,
                0,
                10,
                $"skipped: {Missing}",
                [],
                null
            ),
        ]
    );

    [Fact]
    public async Task Console_report_gives_the_reason_on_the_roles_line_and_the_manifest_line_unbroken()
    {
        var text = await RenderAsync(new ConsoleReport());

        text.Should().Contain($"`server2.py`: {Why}");
        text.Split('\n').Should().Contain(line => line.TrimEnd() == $"tcp-server: {AlsoFound}");
        text.Should().Contain("✘ tcp-client: no file named like TCPClient.py");
    }

    [Fact]
    public async Task Markdown_report_gives_the_reason_and_the_other_files_in_the_roles_row()
    {
        var text = await RenderAsync(new MarkdownReport());

        text.Should().Contain($"| tcp-server | `server2.py` | ✅ passed | 9/9 | {Why}<br>{AlsoFound} |");
        text.Should()
            .Contain("| tcp-client | *missing* | ❌ failed | 0/10 |  |")
            .And.Contain($"**❌ tcp-client:** {Missing}");
    }

    [Fact]
    public async Task Html_report_gives_the_reason_and_the_other_files_under_the_role()
    {
        var text = await RenderAsync(new HtmlReport());

        text.Should().Contain($"<span class=\"sub why\">— {Why}</span>");
        text.Should().Contain("<div class=\"sub also\">also found <code>old/server.py</code>; to grade it instead");
    }

    [Fact]
    public async Task Junit_report_lists_each_roles_program_and_reason_in_the_suites_output_and_stays_valid()
    {
        var document = XDocument.Parse(await RenderAsync(new JUnitReport()));

        var output = document.Root!.Element("testsuite")!.Element("system-out")!.Value;
        output.Should().Be($"tcp-server: `server2.py`: {Why}\n  {AlsoFound}\ntcp-client: missing: {Missing}");
        var schemas = new XmlSchemaSet();
        schemas.Add("", XmlReader.Create(new StringReader(JUnitSchema.Xsd)));
        var errors = new List<string>();
        document.Validate(schemas, (_, e) => errors.Add(e.Message));
        errors.Should().BeEmpty();
    }

    [Fact]
    public async Task Gradescope_output_names_each_roles_program_and_reason()
    {
        var output = JsonNode.Parse(await RenderAsync(new GradescopeReport()))!["output"]!.GetValue<string>();

        output
            .Split('\n')
            .Should()
            .ContainInOrder($"- tcp-server: `server2.py`: {Why}", $"  - {AlsoFound}", $"- tcp-client: {Missing}");
    }

    [Fact]
    public async Task Json_result_carries_the_reason_and_a_result_stored_before_reasons_still_reads()
    {
        var json = JsonNode.Parse(await RenderAsync(new JsonReport()))!;
        var role = json["roles"]![0]!;
        (role["program"]!.GetValue<string>(), role["reason"]!.GetValue<string>(), role["alsoFound"]!.GetValue<string>())
            .Should()
            .Be(("server2.py", $"`server2.py`: {Why}", AlsoFound));
        json["roles"]![1]!
            .AsObject()
            .ContainsKey("reason")
            .Should()
            .BeFalse("a missing role has no program to give a reason for");

        role.AsObject().Remove("reason");
        role.AsObject().Remove("alsoFound");
        var old = JsonSerializer.Deserialize<GradeResult>(json.ToJsonString(), JsonReport.Options)!;
        (old.Roles[0].Program, old.Roles[0].Reason, old.Roles[0].AlsoFound)
            .Should()
            .Be(("server2.py", (string?)null, (string?)null));
    }

    private static async Task<string> RenderAsync(IReport report)
    {
        var output = new StringWriter();
        await report.WriteAsync(
            Result,
            new ReportContext(Instructor: false, []),
            output,
            TestContext.Current.CancellationToken
        );
        return output.ToString();
    }
}
