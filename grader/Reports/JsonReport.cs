using System.Text.Json;
using System.Text.Json.Serialization;
using Grader.Results;

namespace Grader.Reports;

/// <summary>The machine-readable result: the stable schema that batches and other reports build on. Students get hidden
/// checks without details.</summary>
public sealed class JsonReport : IReport
{
    /// <summary>The serializer settings of every JSON the grader writes: camelCase names, enums as strings.</summary>
    public static JsonSerializerOptions Options { get; } =
        new(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };

    /// <inheritdoc />
    public string Format => "json";

    /// <inheritdoc />
    public async Task WriteAsync(
        GradeResult result,
        ReportContext context,
        TextWriter output,
        CancellationToken cancellationToken
    )
    {
        await output.WriteLineAsync(
            JsonSerializer.Serialize(result.For(context), Options).AsMemory(),
            cancellationToken
        );
    }
}
