namespace Grader.Reports;

/// <summary>Every report format, in one list: <c>grade --format</c> offers them all, <c>batch</c> writes those that
/// show a class.</summary>
public static class ReportFormats
{
    /// <summary>Every format, in the order <c>--help</c> lists them.</summary>
    public static IReadOnlyList<IReport> All { get; } =
    [
        new ConsoleReport(),
        new JsonReport(),
        new JUnitReport(),
        new MarkdownReport(),
        new HtmlReport(),
        new GradescopeReport(),
        new CsvReport(),
    ];

    /// <summary>The formats a batch writes at its end, each to its own file.</summary>
    public static IReadOnlyList<IBatchReport> ForBatches { get; } = All.OfType<IBatchReport>().ToList();

    /// <summary>The format named <paramref name="name"/>.</summary>
    public static IReport Named(string name) => All.Single(r => r.Format == name);
}
