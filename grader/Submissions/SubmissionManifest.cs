using System.Text.RegularExpressions;
using Grader.Languages;
using Grader.Rubric;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Grader.Submissions;

/// <summary>
/// Reads a submission's optional <c>submission.yaml</c>, which says how to build and run it and wins over file names:
/// <code>
/// build: make          # optional, run once with /bin/sh -c
/// run:
///   tcp-client: ./client
///   tcp-server: python3 server.py
/// </code>
/// </summary>
internal static partial class SubmissionManifest
{
    /// <summary>The manifest's file name in a submission folder.</summary>
    public const string FileName = "submission.yaml";

    private const string BuildKey = "build";
    private const string RunKey = "run";

    /// <summary>Reads the manifest at <paramref name="path"/>, named <paramref name="shownPath"/> in errors, for the
    /// submission in <paramref name="directory"/>, whose lab has <paramref name="roles"/>.</summary>
    public static Submission Read(string path, string shownPath, string directory, IReadOnlyList<Role> roles)
    {
        var yaml = new YamlStream();
        try
        {
            using var reader = new StreamReader(path);
            yaml.Load(reader);
        }
        catch (YamlException e)
        {
            throw new SubmissionException($"{shownPath}:{e.Start.Line}: not valid YAML: {FirstSentence(e)}", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SubmissionException($"{shownPath} cannot be read: {e.Message}", e);
        }

        if (yaml.Documents.Count == 0)
            throw new SubmissionException(
                $"{shownPath} is empty; it needs a '{RunKey}' section naming each role's command."
            );
        if (yaml.Documents[0].RootNode is not YamlMappingNode root)
            throw new SubmissionException(
                $"{shownPath}:{yaml.Documents[0].RootNode.Start.Line}: expected the keys '{BuildKey}' and '{RunKey}', not a single value or a list."
            );

        string? build = null;
        var programs = new List<RoleProgram>();
        var sawRun = false;
        foreach (var (keyNode, value) in root.Children)
        {
            var key = KeyName(shownPath, keyNode);
            switch (key)
            {
                case BuildKey:
                    build = CommandLine(shownPath, key, value);
                    break;
                case RunKey:
                    sawRun = true;
                    programs.AddRange(RunCommands(shownPath, value, roles));
                    break;
                default:
                    throw new SubmissionException(
                        $"{shownPath}:{keyNode.Start.Line}: unknown key '{key}' (expected one of: {BuildKey}, {RunKey})."
                    );
            }
        }
        if (!sawRun)
            throw new SubmissionException(
                $"{shownPath}:{root.Start.Line}: no '{RunKey}' section; it must name the command of at least one role."
            );

        return new Submission(Path.GetFileName(directory), directory, programs, build)
        {
            Notes = [$"{FileName} names the programs, so file names were not looked at."],
            Roles = roles,
        };
    }

    // "tcp-client: python3 TCPClient.py", from the lab's first role.
    private static string Example(IReadOnlyList<Role> roles) =>
        roles is [var first, ..]
            ? $"{first.Name}: python3 {first.Files.Names.FirstOrDefault() ?? first.Name}.py"
            : "role: python3 program.py";

    private static IEnumerable<RoleProgram> RunCommands(string shownPath, YamlNode run, IReadOnlyList<Role> known)
    {
        if (run is not YamlMappingNode roles)
            throw new SubmissionException(
                $"{shownPath}:{run.Start.Line}: '{RunKey}' must map role names to command lines, such as '{Example(known)}'."
            );
        foreach (var (keyNode, value) in roles.Children)
        {
            var name = KeyName(shownPath, keyNode);
            var role =
                known.FirstOrDefault(r => r.Name == name)
                ?? throw new SubmissionException(
                    $"{shownPath}:{keyNode.Start.Line}: unknown role '{name}' (expected one of: {string.Join(", ", known.Select(r => r.Name))})."
                );
            var command = CommandLine(shownPath, name, value);
            yield return new RoleProgram(role, LanguageRegistry.Manifest.Name, command)
            {
                Reason = $"`{command}`: the command {FileName} gives for the role",
            };
        }
    }

    private static string KeyName(string shownPath, YamlNode key) =>
        key is YamlScalarNode { Value: { } name }
            ? name
            : throw new SubmissionException(
                $"{shownPath}:{key.Start.Line}: a key must be a plain name, not a list or a mapping."
            );

    /// <summary>The value of <paramref name="key"/> as a command line: a non-empty string, not a number, a list or
    /// nothing.</summary>
    private static string CommandLine(string shownPath, string key, YamlNode value)
    {
        var what = value switch
        {
            YamlSequenceNode => "a list",
            YamlMappingNode => "a mapping",
            YamlScalarNode { Value: null or "" } => "empty",
            YamlScalarNode { Style: ScalarStyle.Plain, Value: "~" or "null" or "Null" or "NULL" } => "empty",
            YamlScalarNode { Style: ScalarStyle.Plain, Value: { } plain } when NotAString().IsMatch(plain) =>
                $"'{plain}', which is not a string",
            YamlScalarNode { Value: { } text } when string.IsNullOrWhiteSpace(text) => "empty",
            YamlScalarNode => null,
            _ => "not a string",
        };
        if (what is not null)
            throw new SubmissionException(
                $"{shownPath}:{value.Start.Line}: '{key}' must be a command line (a string), but it is {what}."
            );
        return ((YamlScalarNode)value).Value!.Trim();
    }

    private static string FirstSentence(YamlException e)
    {
        // YamlDotNet prefixes its messages with the position, which the error already gives.
        var message = e.Message;
        var afterPosition = message.IndexOf("): ", StringComparison.Ordinal);
        var sentence = afterPosition >= 0 && message.StartsWith('(') ? message[(afterPosition + 3)..] : message;
        return sentence.EndsWith('.') ? sentence : sentence + ".";
    }

    // YAML's booleans and numbers, as a plain (unquoted) scalar.
    [GeneratedRegex(
        @"^(true|True|TRUE|false|False|FALSE|[-+]?(\d[\d_]*(\.\d*)?([eE][-+]?\d+)?|\.\d+|\.inf|\.Inf|\.INF)|\.nan|\.NaN|\.NAN|0x[0-9a-fA-F]+|0o[0-7]+)$"
    )]
    private static partial Regex NotAString();
}
