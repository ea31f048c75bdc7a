using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Grader.Rubric;

/// <summary>Reads assignment files: the lab's own, shipped with the grader, or an instructor's.</summary>
public static class AssignmentLoader
{
    // The keys every check has: what it is and what it is worth, then how it is run. A kind's own settings go between
    // them in error messages, grouped by type (text, numbers, durations, flags), then by name.
    private static readonly string[] IdentityKeys = ["check", "id", "title", "points", "required", "visibility"];
    private static readonly string[] RunKeys = ["fresh", "needs"];

    /// <summary>The rubric <paramref name="lab"/> ships with the grader.</summary>
    public static Assignment LoadShipped(LabDefinition lab) =>
        Parse(ShippedFiles.ReadText(lab.RubricFile), lab.RubricFile, new SingleLab(lab), lab.Name);

    /// <summary>
    /// Reads <paramref name="path"/>, an assignment for the lab named <paramref name="lab"/>, or else the one its
    /// <c>lab:</c> key names, or else <paramref name="labs"/>' default; the lab says which roles and check kinds exist
    /// and which settings each kind takes.
    /// </summary>
    /// <exception cref="AssignmentException">The file is missing, is not YAML, names an unknown lab or another lab than
    /// <paramref name="lab"/>, or has an unknown key or a bad value.</exception>
    public static Assignment LoadFile(string path, ILabCatalog labs, string? lab = null)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new AssignmentException($"cannot read the assignment file {path}: {e.Message}", e);
        }
        return Parse(text, path, labs, lab);
    }

    /// <summary>Parses assignment YAML for <paramref name="lab"/> (as <see cref="LoadFile"/> chooses it);
    /// <paramref name="file"/> names it in errors.</summary>
    public static Assignment Parse(string yaml, string file, ILabCatalog labs, string? lab = null)
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
            "lab",
            "based-on",
            "title",
            "port",
            "timeouts",
            "limits",
            "roles"
        );
        var rolesNode =
            root.Node("roles") ?? throw root.Error(stream.Documents[0].RootNode, "the assignment has no 'roles'");
        var chosen =
            OwnLab(root, rolesNode, file, labs, lab) ?? ChooseLab(root, stream.Documents[0].RootNode, file, labs, lab);
        var kinds = chosen.Kinds;
        var timeouts = ReadTimeouts(root.Node("timeouts"), file);
        var limits = ReadLimits(root.Node("limits"), file);
        var roles = new YamlMap(rolesNode, file, "'roles'", chosen.Roles.Select(r => r.Name).ToArray())
            .Entries.Select(e => ReadRole(chosen.FindRole(e.Key)!, e.Value, file, kinds, chosen.Base is not null))
            .ToList();
        if (roles.Count == 0)
            throw YamlMap.Error(file, rolesNode, "'roles' names no role");

        return new Assignment(
            root.RequiredString("assignment"),
            root.String("title") ?? root.RequiredString("assignment"),
            root.Int("port", 1, 65535) ?? chosen.DefaultPort,
            timeouts,
            limits,
            roles
        )
        {
            Lab = chosen,
        };
    }

    // The lab: the command line's, which the file's 'lab:' key must agree with; else the file's; else the default.
    private static LabDefinition ChooseLab(
        YamlMap root,
        YamlNode rootNode,
        string file,
        ILabCatalog labs,
        string? asked
    )
    {
        var named = root.String("lab");
        if (named is not null && labs.Find(named) is null)
            throw root.Error(
                root.Node("lab") ?? rootNode,
                $"unknown lab '{named}' (the grader has: {string.Join(", ", labs.All.Select(l => l.Name))})"
            );
        if (asked is not null && named is not null && asked != named)
            throw root.Error(root.Node("lab") ?? rootNode, $"the assignment is for lab '{named}', not '{asked}'");
        var name = asked ?? named;
        if (name is null)
            return labs.Default;
        return labs.Find(name)
            ?? throw new AssignmentException(
                $"{Path.GetFileName(file)}: unknown lab '{name}' (the grader has: {string.Join(", ", labs.All.Select(l => l.Name))})"
            );
    }

    /// <summary>
    /// A lab of the instructor's own, which the file defines (<c>lab:</c> a new name, <c>based-on:</c> the grader's lab
    /// whose check kinds and probes it uses): its roles are the file's, each either a role of that lab by name or one
    /// the file describes (<c>kind</c>, <c>transport</c>, <c>files</c>, <c>marks</c>). Null when the file has no
    /// <c>based-on:</c>.
    /// </summary>
    private static LabDefinition? OwnLab(YamlMap root, YamlNode rolesNode, string file, ILabCatalog labs, string? asked)
    {
        if (root.String("based-on") is not { } basedOn)
            return null;
        var basis =
            labs.Find(basedOn)
            ?? throw root.Error(
                root.Node("based-on")!,
                $"unknown lab '{basedOn}' (the grader has: {string.Join(", ", labs.All.Select(l => l.Name))})"
            );
        var name =
            root.String("lab")
            ?? throw root.Error(root.Node("based-on")!, "a lab of your own needs a name of its own: add 'lab: <name>'");
        if (labs.Find(name) is not null)
            throw root.Error(
                root.Node("lab")!,
                $"'{name}' is one of the grader's labs; a lab based on '{basedOn}' takes a name of its own"
            );
        if (asked is not null && asked != name)
            throw root.Error(root.Node("lab")!, $"the assignment is for its own lab '{name}', not '{asked}'");
        var roles = new List<Role>();
        foreach (var (key, keyNode, value) in YamlMap.Open(rolesNode, file, "'roles'").Entries)
        {
            var map = YamlMap.Open(value, file, $"role '{key}'");
            roles.Add(
                map.Node("kind") is null && basis.FindRole(key) is { } inherited
                    ? inherited
                    : DescribedRole(key, keyNode, map, basedOn)
            );
        }
        return new LabDefinition(name, root.String("title") ?? name, roles, basis.DefaultPort, file, basis.Kinds)
        {
            Base = basis.Name,
        };
    }

    // A role the file describes: server or client, TCP or UDP, and how its program is found.
    private static Role DescribedRole(string name, YamlNode keyNode, YamlMap map, string basedOn)
    {
        var kind = map.String("kind") switch
        {
            "server" => RoleKind.Server,
            "client" => RoleKind.Client,
            null => throw map.Error(
                keyNode,
                $"role '{name}' is not a role of '{basedOn}', so it needs 'kind: server' or 'kind: client'"
            ),
            var other => throw map.Error(map.Node("kind")!, $"'kind' is 'server' or 'client', not '{other}'"),
        };
        var transport = map.String("transport") switch
        {
            "tcp" => Transport.Tcp,
            "udp" => Transport.Udp,
            null => throw map.Error(keyNode, $"role '{name}' needs 'transport: tcp' or 'transport: udp'"),
            var other => throw map.Error(map.Node("transport")!, $"'transport' is 'tcp' or 'udp', not '{other}'"),
        };
        var side = kind == RoleKind.Server ? "serves" : "connects to a server";
        var concurrent = map.Bool("concurrent") ?? false;
        if (concurrent && kind != RoleKind.Server)
            throw map.Error(map.Node("concurrent")!, "'concurrent' is for a server role: a client serves no one");
        return new Role(name, kind, transport)
        {
            ServesSideBySide = concurrent,
            Files = new RoleFiles(
                map.Strings("files"),
                null,
                map.Strings("marks"),
                $"no file that {side} over {(transport == Transport.Tcp ? "TCP" : "UDP")}"
            ),
        };
    }

    private sealed class SingleLab(LabDefinition lab) : ILabCatalog
    {
        public LabDefinition Default => lab;

        public IReadOnlyList<LabDefinition> All => [lab];
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
        var map = new YamlMap(node, file, "'timeouts'", "server-start", "reply", "concurrency", "client-run", "build");
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
            "scratch",
            "unpacked-bytes",
            "unpacked-files"
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
            UnpackedBytes = map.Bytes("unpacked-bytes", 1L << 20) ?? defaults.UnpackedBytes,
            UnpackedFiles = map.Int("unpacked-files", 10, 1_000_000) ?? defaults.UnpackedFiles,
        };
    }

    private static RoleSpec ReadRole(Role role, YamlNode node, string file, ICheckKinds kinds, bool ownLab)
    {
        var name = role.Name;
        // A lab of the instructor's own also describes its roles (read by OwnLab).
        string[] keys = ownLab
            ? ["title", "checks", "accept-other-hosts", "kind", "transport", "files", "marks", "concurrent"]
            : ["title", "checks", "accept-other-hosts"];
        var map = new YamlMap(node, file, $"role '{name}'", keys);
        var acceptsOtherHosts = map.Bool("accept-other-hosts");
        if (acceptsOtherHosts is not null && role.IsServer)
            throw map.Error(
                map.Node("accept-other-hosts")!,
                $"'accept-other-hosts' is for client roles, and '{name}' is a server"
            );
        var checksNode =
            map.Node("checks") as YamlSequenceNode ?? throw map.Error(node, $"role '{name}' needs a list of 'checks'");
        var checks = new List<CheckSpec>();
        foreach (var checkNode in checksNode.Children)
        {
            var check = ReadCheck(role, checkNode, file, kinds);
            if (checks.Any(c => c.Id == check.Id))
                throw YamlMap.Error(file, checkNode, $"role '{name}' has two checks with the id '{check.Id}'");
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

    private static CheckSpec ReadCheck(Role role, YamlNode node, string file, ICheckKinds kinds)
    {
        var what = $"a check of '{role.Name}'";
        // A key no check has is unknown whatever the kind; the message lists every key a check may have.
        var map = new YamlMap(node, file, what, [.. CheckKeys(kinds)]);
        var kind = map.RequiredString("check");
        var settings =
            kinds.SettingsOf(role, kind)
            ?? throw map.Error(map.Node("check")!, $"'{kind}' is not a check the grader has for '{role.Name}'");
        // A setting of another kind is unknown to this one.
        foreach (var (key, keyNode, _) in map.Entries)
        {
            if (!IdentityKeys.Contains(key) && !RunKeys.Contains(key) && settings.All(s => s.Name != key))
                throw map.Error(
                    keyNode,
                    $"unknown key '{key}' in {what}: '{kind}' takes "
                        + (
                            settings.Count == 0
                                ? "no settings"
                                : $"only these settings: {string.Join(", ", settings.Select(s => s.Name))}"
                        )
                );
        }
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
            Settings = ReadSettings(map, settings),
            Fresh = map.Bool("fresh") ?? false,
            Needs = map.String("needs"),
        };
    }

    private static CheckSettings ReadSettings(YamlMap map, IReadOnlyList<CheckSetting> declared)
    {
        var settings = CheckSettings.Of(declared);
        foreach (var setting in declared)
            settings = settings.With(setting, setting.Read(map));
        return settings;
    }

    private static IEnumerable<string> CheckKeys(ICheckKinds kinds) =>
        IdentityKeys
            .Concat(
                kinds
                    .AllSettings.OrderBy(s => s.Type)
                    .ThenBy(s => s.Name, StringComparer.Ordinal)
                    .Select(s => s.Name)
                    .Distinct()
            )
            .Concat(RunKeys);
}
