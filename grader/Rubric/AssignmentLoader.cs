using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Grader.Rubric;

/// <summary>Reads assignment files: the lab's own, shipped with the grader, or an instructor's.</summary>
public static class AssignmentLoader
{
    /// <summary>The file name of the lab's rubric, beside the grader.</summary>
    public const string ShippedFileName = "lab1-sockets.yaml";

    /// <summary>The lab's rubric as shipped with the grader.</summary>
    public static Assignment LoadShipped(Func<Role, string, bool> isKnownKind) =>
        LoadFile(Path.Combine(AppContext.BaseDirectory, "Rubric", ShippedFileName), isKnownKind);

    /// <summary>Reads <paramref name="path"/>; <paramref name="isKnownKind"/> says which check kinds exist for a
    /// role.</summary>
    /// <exception cref="AssignmentException">The file is missing, is not YAML, or has an unknown key or a bad
    /// value.</exception>
    public static Assignment LoadFile(string path, Func<Role, string, bool> isKnownKind)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new AssignmentException(
                $"cannot read the assignment file {path}: {e.Message}",
                e
            );
        }
        return Parse(text, path, isKnownKind);
    }

    /// <summary>Parses assignment YAML; <paramref name="file"/> names it in errors.</summary>
    public static Assignment Parse(string yaml, string file, Func<Role, string, bool> isKnownKind)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new AssignmentException(
                $"{Path.GetFileName(file)}:{e.Start.Line}: not valid YAML: {e.InnerException?.Message ?? e.Message}",
                e
            );
        }
        if (stream.Documents.Count == 0)
            throw new AssignmentException($"{Path.GetFileName(file)}: the file is empty");

        var root = new YamlMap(
            stream.Documents[0].RootNode,
            file,
            "the assignment",
            "assignment",
            "title",
            "port",
            "timeouts",
            "limits",
            "roles"
        );
        var timeouts = ReadTimeouts(root.Node("timeouts"), file);
        var limits = ReadLimits(root.Node("limits"), file);
        var rolesNode =
            root.Node("roles")
            ?? throw root.Error(stream.Documents[0].RootNode, "the assignment has no 'roles'");
        var roles = new YamlMap(rolesNode, file, "'roles'", Roles.All.Select(Roles.Name).ToArray())
            .Entries.Select(e => ReadRole(e.Key, e.Value, file, isKnownKind))
            .ToList();
        if (roles.Count == 0)
            throw YamlMap.Error(file, rolesNode, "'roles' names no role");

        return new Assignment(
            root.RequiredString("assignment"),
            root.String("title") ?? root.RequiredString("assignment"),
            root.Int("port", 1, 65535) ?? Assignment.LabPort,
            timeouts,
            limits,
            roles
        );
    }

    private static Timeouts ReadTimeouts(YamlNode? node, string file)
    {
        var defaults = new Timeouts(
            TimeSpan.FromSeconds(5),
            TimeSpan.FromSeconds(2),
            TimeSpan.FromSeconds(1),
            TimeSpan.FromSeconds(5),
            TimeSpan.FromMinutes(2)
        );
        if (node is null)
            return defaults;
        var map = new YamlMap(
            node,
            file,
            "'timeouts'",
            "server-start",
            "reply",
            "concurrency",
            "client-run",
            "build"
        );
        return new Timeouts(
            map.Duration("server-start") ?? defaults.ServerStart,
            map.Duration("reply") ?? defaults.Reply,
            map.Duration("concurrency") ?? defaults.Concurrency,
            map.Duration("client-run") ?? defaults.ClientRun,
            map.Duration("build") ?? defaults.Build
        );
    }

    private static ProgramLimits ReadLimits(YamlNode? node, string file)
    {
        var defaults = new ProgramLimits(TimeSpan.FromSeconds(60), 64 * 1024);
        if (node is null)
            return defaults;
        var map = new YamlMap(
            node,
            file,
            "'limits'",
            "wall-time",
            "output-bytes",
            "memory",
            "cpus",
            "processes",
            "cpu-time",
            "scratch"
        );
        return new ProgramLimits(
            map.Duration("wall-time") ?? defaults.WallTime,
            map.Int("output-bytes", 1024, 64 * 1024 * 1024) ?? defaults.OutputBytes,
            map.Bytes("memory", 64L << 20) ?? defaults.MemoryBytes,
            map.Number("cpus", 0.1, 64) ?? defaults.Cpus,
            map.Int("processes", 16, 100_000) ?? defaults.Processes
        )
        {
            CpuTime = map.Duration("cpu-time") ?? defaults.CpuTime,
            ScratchBytes = map.Bytes("scratch", 1L << 20) ?? defaults.ScratchBytes,
        };
    }

    private static RoleSpec ReadRole(
        string name,
        YamlNode node,
        string file,
        Func<Role, string, bool> isKnownKind
    )
    {
        Roles.TryParse(name, out var role);
        var map = new YamlMap(
            node,
            file,
            $"role '{name}'",
            "title",
            "checks",
            "accept-other-hosts"
        );
        var acceptsOtherHosts = map.Bool("accept-other-hosts");
        if (acceptsOtherHosts is not null && role.IsServer())
            throw map.Error(
                map.Node("accept-other-hosts")!,
                $"'accept-other-hosts' is for client roles, and '{name}' is a server"
            );
        var checksNode =
            map.Node("checks") as YamlSequenceNode
            ?? throw map.Error(node, $"role '{name}' needs a list of 'checks'");
        var checks = new List<CheckSpec>();
        foreach (var checkNode in checksNode.Children)
        {
            var check = ReadCheck(role, checkNode, file, isKnownKind);
            if (checks.Any(c => c.Id == check.Id))
                throw YamlMap.Error(
                    file,
                    checkNode,
                    $"role '{name}' has two checks with the id '{check.Id}'"
                );
            if (check.Needs is { } needed && checks.All(c => c.Id != needed))
                throw YamlMap.Error(
                    file,
                    checkNode,
                    $"check '{check.Id}' needs '{needed}', which is not an earlier check of '{name}'"
                );
            checks.Add(check);
        }
        return new RoleSpec(role, map.String("title") ?? name, checks)
        {
            AcceptsOtherHosts = acceptsOtherHosts ?? false,
        };
    }

    private static CheckSpec ReadCheck(
        Role role,
        YamlNode node,
        string file,
        Func<Role, string, bool> isKnownKind
    )
    {
        var map = new YamlMap(
            node,
            file,
            $"a check of '{role.Name()}'",
            "check",
            "id",
            "title",
            "points",
            "required",
            "visibility",
            "message",
            "clients",
            "size",
            "delay",
            "wait",
            "fresh",
            "needs"
        );
        var kind = map.RequiredString("check");
        if (!isKnownKind(role, kind))
            throw map.Error(
                map.Node("check")!,
                $"'{kind}' is not a check the grader has for '{role.Name()}'"
            );
        var visibility = map.String("visibility") switch
        {
            null or "visible" => Visibility.Visible,
            "hidden" => Visibility.Hidden,
            var other => throw map.Error(
                map.Node("visibility")!,
                $"'visibility' must be visible or hidden, not '{other}'"
            ),
        };
        return new CheckSpec(
            role,
            map.String("id") ?? kind,
            kind,
            map.String("title") ?? kind,
            map.Int("points", 0, 1000) ?? 1,
            map.Bool("required") ?? true,
            visibility
        )
        {
            Message = map.String("message"),
            Clients = map.Int("clients", 1, 100),
            Size = map.Int("size", 0, 65000),
            Delay = map.Duration("delay"),
            Wait = map.Duration("wait"),
            Fresh = map.Bool("fresh") ?? false,
            Needs = map.String("needs"),
        };
    }
}
