using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Grader.Rubric;

/// <summary>
/// A YAML mapping read strictly: every key must be known, every value of the expected type, and every
/// error names the file, the line and the key.
/// </summary>
internal sealed partial class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly string _file;
    private readonly string _what;

    public YamlMap(YamlNode node, string file, string what, params string[] allowedKeys)
        : this(node, file, what)
    {
        foreach (var key in _node.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!allowedKeys.Contains(name))
                throw Error(key, $"unknown key '{name}' in {what} (expected one of: {string.Join(", ", allowedKeys)})");
        }
    }

    // A mapping whose keys are checked elsewhere (see Open).
    private YamlMap(YamlNode node, string file, string what)
    {
        _file = file;
        _what = what;
        _node = node as YamlMappingNode ?? throw Error(node, $"{what} must be a mapping of keys to values");
    }

    /// <summary>A mapping read ahead of the reader that checks its keys: any key is taken.</summary>
    public static YamlMap Open(YamlNode node, string file, string what) => new(node, file, what);

    /// <summary>A list of plain values, such as file names; empty when the key is absent.</summary>
    public IReadOnlyList<string> Strings(string key) =>
        Node(key) switch
        {
            null => [],
            YamlSequenceNode list =>
            [
                .. list.Children.Select(item =>
                    item is YamlScalarNode { Value: { Length: > 0 } text }
                        ? text
                        : throw Error(item, $"'{key}' in {_what} must be a list of names")
                ),
            ],
            var other => throw Error(other, $"'{key}' in {_what} must be a list, such as [EchoServer, echo_server]"),
        };

    /// <summary>The keys present, in file order, with their nodes.</summary>
    public IEnumerable<(string Key, YamlNode KeyNode, YamlNode Value)> Entries =>
        _node.Children.Select(kv => (((YamlScalarNode)kv.Key).Value ?? "", kv.Key, kv.Value));

    public YamlNode? Node(string key) =>
        _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public string? String(string key) =>
        Node(key) switch
        {
            null => null,
            YamlScalarNode scalar => scalar.Value ?? "",
            var other => throw Error(other, $"'{key}' in {_what} must be a single value"),
        };

    public string RequiredString(string key) => String(key) ?? throw Error(_node, $"{_what} has no '{key}'");

    public int? Int(string key, int min, int max)
    {
        if (String(key) is not { } text)
            return null;
        if (
            !int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            || value < min
            || value > max
        )
            throw Error(Node(key)!, $"'{key}' in {_what} must be a whole number from {min} to {max}, not '{text}'");
        return value;
    }

    public bool? Bool(string key) =>
        String(key) switch
        {
            null => null,
            "true" or "yes" => true,
            "false" or "no" => false,
            var text => throw Error(Node(key)!, $"'{key}' in {_what} must be true or false, not '{text}'"),
        };

    public TimeSpan? Duration(string key)
    {
        if (String(key) is not { } text)
            return null;
        var match = DurationPattern().Match(text);
        if (!match.Success)
            throw Error(Node(key)!, $"'{key}' in {_what} must be a duration such as 500ms, 2s or 1.5m, not '{text}'");
        var amount = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var duration = match.Groups[2].Value switch
        {
            "ms" => TimeSpan.FromMilliseconds(amount),
            "s" => TimeSpan.FromSeconds(amount),
            _ => TimeSpan.FromMinutes(amount),
        };
        if (duration <= TimeSpan.Zero)
            throw Error(Node(key)!, $"'{key}' in {_what} must be longer than zero");
        return duration;
    }

    public double? Number(string key, double min, double max)
    {
        if (String(key) is not { } text)
            return null;
        if (
            !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            || value < min
            || value > max
        )
            throw Error(
                Node(key)!,
                $"'{key}' in {_what} must be a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}, not '{text}'"
            );
        return value;
    }

    public long? Bytes(string key, long min)
    {
        if (String(key) is not { } text)
            return null;
        var match = SizePattern().Match(text);
        if (!match.Success)
            throw Error(Node(key)!, $"'{key}' in {_what} must be a size such as 256MiB or 1GiB, not '{text}'");
        var bytes = (long)(
            double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
            * (match.Groups[2].Value == "GiB" ? 1L << 30 : 1L << 20)
        );
        if (bytes < min)
            throw Error(Node(key)!, $"'{key}' in {_what} must be at least {min >> 20}MiB");
        return bytes;
    }

    public AssignmentException Error(YamlNode node, string message) => Error(_file, node, message);

    public static AssignmentException Error(string file, YamlNode node, string message) =>
        new($"{Path.GetFileName(file)}:{node.Start.Line}: {message}");

    [GeneratedRegex(@"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m)\s*$")]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"^\s*(\d+(?:\.\d+)?)\s*(MiB|GiB)\s*$")]
    private static partial Regex SizePattern();
}
