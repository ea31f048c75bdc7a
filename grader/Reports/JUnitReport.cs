using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Grader.Results;

namespace Grader.Reports;

/// <summary>JUnit XML, which CI systems render: one test suite per submission, one test case per check, failures with
/// the diagnosis.</summary>
public sealed class JUnitReport : IReport, IBatchReport
{
    /// <inheritdoc />
    public string Format => "junit";

    /// <inheritdoc />
    public string BatchFileName => "junit.xml";

    /// <inheritdoc />
    public Task WriteAsync(
        GradeResult result,
        ReportContext context,
        TextWriter output,
        CancellationToken cancellationToken
    ) => WriteAsync([result.For(context)], [], context, output, cancellationToken);

    /// <inheritdoc />
    public Task WriteAsync(ClassResult results, TextWriter output, CancellationToken cancellationToken) =>
        WriteAsync(
            results.Results,
            results.Ungraded,
            new ReportContext(Instructor: true, []),
            output,
            cancellationToken
        );

    private static async Task WriteAsync(
        IReadOnlyList<GradeResult> results,
        IReadOnlyList<UngradedSubmission> ungraded,
        ReportContext context,
        TextWriter output,
        CancellationToken cancellationToken
    )
    {
        var suites = results.Select(r => Suite(r, context)).Concat(ungraded.Select(Ungraded)).ToList();
        var root = new XElement(
            "testsuites",
            new XAttribute("name", results.FirstOrDefault()?.Assignment ?? "grader"),
            new XAttribute("tests", suites.Sum(s => (int)s.Attribute("tests")!)),
            new XAttribute("failures", suites.Sum(s => (int)s.Attribute("failures")!)),
            new XAttribute("errors", suites.Sum(s => (int)s.Attribute("errors")!)),
            new XAttribute("skipped", suites.Sum(s => (int)s.Attribute("skipped")!)),
            new XAttribute("time", Seconds(results.Sum(r => r.DurationMs))),
            suites
        );
        var settings = new XmlWriterSettings
        {
            Indent = true,
            Async = true,
            Encoding = new System.Text.UTF8Encoding(false),
        };
        await using (var writer = XmlWriter.Create(output, settings))
        {
            await new XDocument(new XDeclaration("1.0", "utf-8", null), root).SaveAsync(writer, cancellationToken);
        }
        await output.WriteLineAsync();
    }

    private static XElement Suite(GradeResult result, ReportContext context)
    {
        var cases = result.Checks.Select(check => Case(result, check, context)).ToList();
        return new XElement(
            "testsuite",
            new XAttribute("name", result.Submission),
            new XAttribute("tests", cases.Count),
            new XAttribute("failures", result.Checks.Count(c => c.IsFault)),
            new XAttribute("errors", 0),
            new XAttribute("skipped", result.Checks.Count(c => c.Status == CheckStatus.Skipped || c.IsRobustnessMiss)),
            new XAttribute("time", Seconds(result.DurationMs)),
            new XElement(
                "properties",
                Property("assignment", result.Assignment),
                Property("score", result.Score.ToString(CultureInfo.InvariantCulture)),
                Property("maxScore", result.MaxScore.ToString(CultureInfo.InvariantCulture)),
                Property("sandbox", result.Sandbox)
            ),
            cases,
            new XElement("system-out", Clean(Programs(result)))
        );
    }

    /// <summary>Which program plays each role and why, one role a line, with the other files found; missing roles say
    /// what was looked for.</summary>
    private static string Programs(GradeResult result) =>
        string.Join(
            '\n',
            result.Roles.SelectMany(role =>
                new[]
                {
                    $"{role.Role}: {(role.Program is null && role.Problem is { } problem ? $"missing: {problem}" : ProgramChoice.Line(role))}",
                    role.AlsoFound is { } others ? $"  {others}" : null,
                }.OfType<string>()
            )
        );

    private static XElement Case(GradeResult result, CheckResult check, ReportContext context)
    {
        var element = new XElement(
            "testcase",
            new XAttribute("name", check.IsDetailed(context) ? $"{check.Id}: {check.Title}" : $"{check.Id} (hidden)"),
            new XAttribute("classname", $"{result.Submission}.{check.Role}"),
            new XAttribute("time", Seconds(check.Transcript.Count == 0 ? 0 : check.Transcript[^1].AtMs))
        );
        switch (check.Status)
        {
            case CheckStatus.Failed when check.Required:
                element.Add(
                    new XElement(
                        "failure",
                        new XAttribute("message", Clean(check.Message)),
                        new XAttribute("type", "required"),
                        Clean(check.IsDetailed(context) ? Details(check) : check.Message)
                    )
                );
                break;
            case CheckStatus.Failed:
                // Robustness-only: feedback, not a failure of the build; CI systems show a skipped case with its
                // reason.
                element.Add(
                    new XElement(
                        "skipped",
                        new XAttribute("message", Clean($"robustness, not required: {check.Message}"))
                    )
                );
                break;
            case CheckStatus.Skipped:
                element.Add(new XElement("skipped", new XAttribute("message", Clean(check.Message))));
                break;
        }
        return element;
    }

    private static XElement Ungraded(UngradedSubmission submission) =>
        new(
            "testsuite",
            new XAttribute("name", submission.Submission),
            new XAttribute("tests", 1),
            new XAttribute("failures", 0),
            new XAttribute("errors", 1),
            new XAttribute("skipped", 0),
            new XAttribute("time", Seconds(0)),
            new XElement(
                "testcase",
                new XAttribute("name", "graded"),
                new XAttribute("classname", submission.Submission),
                new XAttribute("time", Seconds(0)),
                new XElement(
                    "error",
                    new XAttribute("message", Clean(submission.Reason)),
                    new XAttribute("type", "ungraded")
                )
            )
        );

    private static string Details(CheckResult check) =>
        string.Join(
            '\n',
            new[] { check.Message, "", "what happened:" }
                .Concat(TranscriptText.Lines(check.Transcript))
                .Concat(TranscriptText.OutputLines(check.Output))
        );

    /// <summary>Programs may print anything; XML 1.0 cannot hold every character, so those it cannot are shown as
    /// <c>\uXXXX</c>.</summary>
    private static string Clean(string text) =>
        text.All(XmlConvert.IsXmlChar)
            ? text
            : string.Concat(
                text.Select(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c) ? c.ToString() : $"\\u{(int)c:x4}")
            );

    private static XElement Property(string name, string value) =>
        new("property", new XAttribute("name", name), new XAttribute("value", value));

    private static string Seconds(double milliseconds) =>
        (milliseconds / 1000.0).ToString("0.000", CultureInfo.InvariantCulture);
}
