using System.Text.Json;

namespace Grader.Labs.WebServer.Judges;

/// <summary>
/// Reads the network log Chromium writes with <c>--log-net-log</c>: what the browser asked for and what it got, request
/// by request, in the order it asked. The log is JSON: a line of constants (which number stands for which event and
/// which error), then one event a line. A browser stopped while loading leaves it cut off; every whole line still counts,
/// and a request whose end is not in it had not ended.
/// </summary>
public static class BrowserNetLog
{
    private const string ConstantsStart = "{\"constants\":";

    /// <summary>The requests in <paramref name="log"/>, in the order they started; empty when it is not a network
    /// log.</summary>
    public static IReadOnlyList<BrowserRequest> Read(string log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var lines = log.Split('\n');
        if (lines.Length == 0 || Constants(lines[0]) is not { } constants)
            return [];
        var requests = new Dictionary<long, BrowserRequest>();
        var order = new List<long>();
        foreach (var line in lines.Skip(1))
        {
            if (Event(line) is not { } e || constants.SourceNames.GetValueOrDefault(e.Source) != "URL_REQUEST")
                continue;
            var name = constants.EventNames.GetValueOrDefault(e.Type);
            if (name == "URL_REQUEST_START_JOB" && e.Phase == constants.Begin && e.Text("url") is { } url)
            {
                // A redirect starts a new job on the same request: the last one is what the browser ended with.
                if (!requests.ContainsKey(e.Id))
                    order.Add(e.Id);
                requests[e.Id] = new BrowserRequest(e.Text("method") ?? "GET", url);
                continue;
            }
            if (!requests.TryGetValue(e.Id, out var request))
                continue;
            requests[e.Id] = name switch
            {
                "HTTP_TRANSACTION_READ_RESPONSE_HEADERS" => request with { ResponseHeaders = e.Lines("headers") },
                "URL_REQUEST_JOB_FILTERED_BYTES_READ" => request with
                {
                    BodyBytes = request.BodyBytes + (e.Number("byte_count") ?? 0),
                },
                "FAILED" => request with { Error = constants.ErrorName(e.Number("net_error")) ?? request.Error },
                "REQUEST_ALIVE" when e.Phase == constants.End => request with
                {
                    Ended = true,
                    Error = constants.ErrorName(e.Number("net_error")) ?? request.Error,
                },
                _ => request,
            };
        }
        return [.. order.Select(id => requests[id])];
    }

    private static LogConstants? Constants(string line)
    {
        line = line.TrimEnd('\r');
        if (!line.StartsWith(ConstantsStart, StringComparison.Ordinal) || !line.EndsWith(',') || line.Length < 16)
            return null;
        try
        {
            using var json = JsonDocument.Parse(line[ConstantsStart.Length..^1]);
            var root = json.RootElement;
            var phases = Names(root, "logEventPhase").ToDictionary(p => p.Value, p => p.Key);
            return new LogConstants(
                Names(root, "logEventTypes"),
                Names(root, "logSourceType"),
                Names(root, "netError"),
                phases.GetValueOrDefault("PHASE_BEGIN", 1),
                phases.GetValueOrDefault("PHASE_END", 2)
            );
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // A table of the constants: name to number, turned around.
    private static Dictionary<long, string> Names(JsonElement root, string table)
    {
        var names = new Dictionary<long, string>();
        if (root.TryGetProperty(table, out var entries) && entries.ValueKind == JsonValueKind.Object)
            foreach (var entry in entries.EnumerateObject())
                if (entry.Value.TryGetInt64(out var number))
                    names.TryAdd(number, entry.Name);
        return names;
    }

    private static LogEvent? Event(string line)
    {
        line = line.Trim().TrimEnd(',');
        if (!line.StartsWith('{'))
            return null;
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (
                !root.TryGetProperty("type", out var type)
                || !root.TryGetProperty("source", out var source)
                || !source.TryGetProperty("id", out var id)
                || !source.TryGetProperty("type", out var sourceType)
            )
                return null;
            var phase = root.TryGetProperty("phase", out var p) ? p.GetInt64() : 0;
            var parameters = root.TryGetProperty("params", out var found) ? found.Clone() : (JsonElement?)null;
            return new LogEvent(type.GetInt64(), phase, id.GetInt64(), sourceType.GetInt64(), parameters);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            // The line the browser was writing when it was stopped, or one this reader does not know.
            return null;
        }
    }

    private sealed record LogConstants(
        Dictionary<long, string> EventNames,
        Dictionary<long, string> SourceNames,
        Dictionary<long, string> Errors,
        long Begin,
        long End
    )
    {
        public string? ErrorName(long? code) =>
            code is { } c and not 0 ? Errors.GetValueOrDefault(c, $"net error {c}") : null;
    }

    private sealed record LogEvent(long Type, long Phase, long Id, long Source, JsonElement? Parameters)
    {
        public string? Text(string name) =>
            Parameters is { ValueKind: JsonValueKind.Object } p
            && p.TryGetProperty(name, out var value)
            && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;

        public long? Number(string name) =>
            Parameters is { ValueKind: JsonValueKind.Object } p
            && p.TryGetProperty(name, out var value)
            && value.ValueKind == JsonValueKind.Number
            && value.TryGetInt64(out var number)
                ? number
                : null;

        public IReadOnlyList<string> Lines(string name) =>
            Parameters is { ValueKind: JsonValueKind.Object } p
            && p.TryGetProperty(name, out var value)
            && value.ValueKind == JsonValueKind.Array
                ?
                [
                    .. value
                        .EnumerateArray()
                        .Where(v => v.ValueKind == JsonValueKind.String)
                        .Select(v => v.GetString()!),
                ]
                : [];
    }
}
