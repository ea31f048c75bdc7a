using System.Text.Json;
using System.Text.Json.Serialization;

namespace Grader.Results;

/// <summary>How results are written as JSON and read back: by the JSON report, the batch's result store and the docker
/// sandbox's worker.</summary>
public static class ResultJson
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
}
