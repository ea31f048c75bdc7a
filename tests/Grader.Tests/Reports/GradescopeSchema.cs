using System.Text.Json;
using Grader.Tests.Support;
using Json.Schema;

namespace Grader.Tests.Reports;

/// <summary>
/// The shape of Gradescope's <c>results.json</c>, as <c>docs/gradescope-results.schema.json</c> writes it from
/// Gradescope's autograder specification.
/// </summary>
public static class GradescopeSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromFile(Path.Combine(Repository.Root, "docs", "gradescope-results.schema.json"))
    );

    /// <summary>What in <paramref name="json"/> breaks the schema, one line each (where, then what); none when it is
    /// valid.</summary>
    public static IReadOnlyList<string> Violations(string json)
    {
        using var document = JsonDocument.Parse(json);
        var results = Schema.Value.Evaluate(
            document.RootElement,
            new EvaluationOptions { OutputFormat = OutputFormat.List }
        );
        if (results.IsValid)
            return [];
        var violations = (results.Details ?? [])
            .Where(detail => detail.Errors is { Count: > 0 })
            .SelectMany(detail =>
                detail.Errors!.Select(error => $"{detail.InstanceLocation} ({detail.EvaluationPath}): {error.Value}")
            )
            .ToList();
        return violations.Count > 0 ? violations : ["invalid, with no detail"];
    }
}
