using System.Text.Json;
using Grader.Results;

namespace Grader.Reports;

/// <summary>The machine-readable result: the stable schema that batches and other reports build on. Students get hidden
/// checks without details.</summary>
public sealed class JsonReport : IReport
{
    /// <summary>The serializer settings of every JSON the grader writes (<see cref="ResultJson.Options"/>).</summary>
    public static JsonSerializerOptions Options => ResultJson.Options;

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
