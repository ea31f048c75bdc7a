using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Grader.Tests.Architecture;

/// <summary>
/// The code a test class can run, read from the compiled tests and grader: every method of the class and of its
/// fixtures, then every method they call in the tests' helpers and in the grader, transitively, async bodies, lambdas
/// and static constructors included. A call of an interface or virtual method of that code reaches every implementation
/// of it; a method that implements another library's (<c>Dispose</c>, <c>ToString</c>) is reached once its type is
/// created; a <see cref="Lazy{T}"/>'s factory once some <c>Lazy&lt;T&gt;.Value</c> of its type is read. A call into
/// another library is where the walk stops, and where it looks for what the fast tier must not do: start a process,
/// open a socket or look up a name, talk to Docker, or call the C library for more than a file's status (a namespace's
/// unshare).
/// </summary>
internal sealed class CallWalk
{
    private static readonly HashSet<string> Walked = ["Grader.Tests", "grader"];

    // The grader's calls into the C library that only read: its ids, a file's status (the folder walk's statx), a
    // path's real form.
    private static readonly HashSet<string> HarmlessNativeCalls =
    [
        "getuid",
        "geteuid",
        "getpid",
        "gettid",
        "statx",
        "realpath",
        "free",
    ];

    private static readonly HashSet<string> SocketTypes =
    [
        "System.Net.Sockets.Socket",
        "System.Net.Sockets.TcpClient",
        "System.Net.Sockets.TcpListener",
        "System.Net.Sockets.UdpClient",
        "System.Net.Dns",
    ];

    private static readonly string[] ForbiddenLibraries = ["CliWrap", "DotNet.Testcontainers", "Docker.DotNet"];

    private readonly ModuleDefinition _tests;

    // For each walked virtual or interface method, the walked methods that override or implement it; and the other way
    // round.
    private readonly Dictionary<MethodDefinition, List<MethodDefinition>> _overrides = [];
    private readonly Dictionary<MethodDefinition, List<MethodDefinition>> _overridden = [];

    private CallWalk(ModuleDefinition tests, IEnumerable<ModuleDefinition> walked)
    {
        _tests = tests;
        foreach (var type in walked.SelectMany(m => m.GetTypes()))
        foreach (var method in type.Methods.Where(m => m.IsVirtual))
        {
            _overridden[method] = Overridden(method);
            foreach (var overridden in _overridden[method])
            {
                if (!_overrides.TryGetValue(overridden, out var list))
                    _overrides[overridden] = list = [];
                list.Add(method);
            }
        }
    }

    /// <summary>Reads the compiled tests (this assembly) and the grader beside them.</summary>
    public static CallWalk OfTheseTests()
    {
        var resolver = new DefaultAssemblyResolver();
        resolver.AddSearchDirectory(AppContext.BaseDirectory);
        var tests = ModuleDefinition.ReadModule(
            typeof(CallWalk).Assembly.Location,
            new ReaderParameters { AssemblyResolver = resolver }
        );
        var grader = resolver.Resolve(tests.AssemblyReferences.Single(r => r.Name == "grader")).MainModule;
        return new CallWalk(tests, [tests, grader]);
    }

    /// <summary>The class <paramref name="type"/> of the tests, as the walk reads it.</summary>
    public TypeDefinition Type(Type type) =>
        _tests.GetType(type.FullName!.Replace('+', '/'))
        ?? throw new ArgumentException($"{type} is not in the tests", nameof(type));

    /// <summary>The test classes that carry the attribute <paramref name="attribute"/>.</summary>
    public IEnumerable<TypeDefinition> TypesWith(Type attribute) =>
        _tests.Types.Where(t => t.CustomAttributes.Any(a => a.AttributeType.FullName == attribute.FullName));

    /// <summary>
    /// The calls from <paramref name="roots"/> (their methods, and their fixtures') to something the fast tier must not
    /// do, one line each, the way to it first: "A.M → B.N → System.Diagnostics.Process.Start"; none for pure classes.
    /// A method two classes reach is walked once, from the first.
    /// </summary>
    public IReadOnlyList<string> ForbiddenCalls(params IEnumerable<TypeDefinition> roots)
    {
        var walk = new Reached(this);
        foreach (var type in roots.SelectMany(Roots))
        {
            walk.Created.Add(type);
            foreach (var method in type.Methods)
                walk.Reach(method, null);
        }
        while (walk.Queue.TryDequeue(out var method))
            walk.Enter(method);
        return [.. walk.Found.Distinct()];
    }

    // The class, its nested types, its walked base classes, and the fixtures xunit makes for it: those its constructor
    // takes and those of its collection.
    private IEnumerable<TypeDefinition> Roots(TypeDefinition root)
    {
        IEnumerable<TypeDefinition> Nested(TypeDefinition type) => type.NestedTypes.SelectMany(Nested).Prepend(type);

        var roots = new List<TypeDefinition>();
        for (var type = root; type is not null; type = Walkable(type.BaseType))
            roots.AddRange(Nested(type));
        var collections = root
            .CustomAttributes.Where(a => a.AttributeType.Name == "CollectionAttribute")
            .Select(a => a.ConstructorArguments[0].Value)
            .ToHashSet();
        var definitions = _tests.Types.Where(t =>
            t.CustomAttributes.Any(a =>
                a.AttributeType.Name == "CollectionDefinitionAttribute"
                && collections.Contains(a.ConstructorArguments[0].Value)
            )
        );
        var fixtures = root
            .Methods.Where(m => m.IsConstructor)
            .SelectMany(m => m.Parameters.Select(p => p.ParameterType))
            .Concat(
                definitions
                    .Prepend(root)
                    .SelectMany(t => t.Interfaces)
                    .Select(i => i.InterfaceType)
                    .OfType<GenericInstanceType>()
                    .SelectMany(i => i.GenericArguments)
            );
        roots.AddRange(fixtures.Select(Walkable).OfType<TypeDefinition>().SelectMany(Nested));
        return roots;
    }

    // The methods that a virtual method overrides or implements, among the walked code's.
    private static List<MethodDefinition> Overridden(MethodDefinition method)
    {
        var type = method.DeclaringType;
        var overridden = method.Overrides.Select(o => Walkable(o.DeclaringType) is null ? null : o.Resolve()).ToList();
        overridden.AddRange(
            type.Interfaces.Select(i => Walkable(i.InterfaceType))
                .OfType<TypeDefinition>()
                .SelectMany(i => i.Methods)
                .Where(m => Matches(m, method))
        );
        if (!method.IsNewSlot)
            for (var b = Walkable(type.BaseType); b is not null; b = Walkable(b.BaseType))
                overridden.AddRange(b.Methods.Where(m => m.IsVirtual && Matches(m, method)));
        return [.. overridden.OfType<MethodDefinition>().Distinct()];
    }

    // Same name and as many parameters: enough to over-approximate which method an override stands for.
    private static bool Matches(MethodDefinition a, MethodDefinition b) =>
        a.Name == b.Name && a.Parameters.Count == b.Parameters.Count;

    // The type's definition when it is the tests' or the grader's own code, which the walk enters; else null.
    private static TypeDefinition? Walkable(TypeReference? type)
    {
        var element = type?.GetElementType();
        var assembly = element?.Scope switch
        {
            ModuleDefinition module => module.Assembly.Name.Name,
            AssemblyNameReference name => name.Name,
            _ => null,
        };
        return assembly is not null && Walked.Contains(assembly) ? element!.Resolve() : null;
    }

    // A call into the C library that does more than read (the namespace sandbox's unshare, setns, mount, its socket
    // and ioctl calls).
    private static string? Forbidden(MethodDefinition method) =>
        method.IsPInvokeImpl && !HarmlessNativeCalls.Contains(method.PInvokeInfo.EntryPoint)
            ? $"the C library's {method.PInvokeInfo.EntryPoint}"
            : null;

    // A call that starts a process, opens a socket or looks up a name, or talks to Docker.
    private static string? Forbidden(MethodReference method)
    {
        var type = method.DeclaringType.GetElementType();
        var outer = type;
        while (outer.DeclaringType is not null)
            outer = outer.DeclaringType;
        var forbidden =
            (type.FullName == "System.Diagnostics.Process" && method.Name is "Start" or ".ctor")
            || (type.FullName == "System.Net.Http.HttpClient" && method.Name == ".ctor")
            || SocketTypes.Contains(type.FullName)
            || ForbiddenLibraries.Any(library =>
                outer.Namespace == library || outer.Namespace.StartsWith(library + ".", StringComparison.Ordinal)
            );
        return forbidden ? $"{type.FullName.Replace('/', '+')}.{method.Name}" : null;
    }

    // The T of a Lazy<T> whose constructor or Value <paramref name="method"/> is, else null.
    private static string? LazyOf(MethodReference method, string member) =>
        method.Name == member
        && method.DeclaringType is GenericInstanceType { ElementType.FullName: "System.Lazy`1" } lazy
            ? lazy.GenericArguments[0].FullName
            : null;

    /// <summary>One walk: the methods reached so far, each with the one it was reached from.</summary>
    private sealed class Reached(CallWalk walk)
    {
        private readonly Dictionary<MethodDefinition, MethodDefinition?> _from = [];
        private readonly Dictionary<string, List<(MethodDefinition Factory, MethodDefinition By)>> _factories = [];
        private readonly HashSet<string> _valuesRead = [];

        public Queue<MethodDefinition> Queue { get; } = new();

        public HashSet<TypeDefinition> Created { get; } = [];

        public List<string> Found { get; } = [];

        public void Reach(MethodDefinition method, MethodDefinition? caller)
        {
            if (method.HasBody && _from.TryAdd(method, caller))
                Queue.Enqueue(method);
        }

        public void Enter(MethodDefinition method)
        {
            // An async method's or an iterator's body is its state machine's.
            foreach (var attribute in method.CustomAttributes)
                if (
                    attribute.AttributeType.Name.EndsWith("StateMachineAttribute", StringComparison.Ordinal)
                    && Walkable(attribute.ConstructorArguments[0].Value as TypeReference) is { } machine
                )
                    foreach (var step in machine.Methods)
                        Reach(step, method);
            if (method.IsConstructor && !method.IsStatic)
                Create(method.DeclaringType, method);
            foreach (var instruction in method.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case MethodReference target
                        when instruction.OpCode == OpCodes.Ldftn && LazyFactory(instruction) is { } lazy:
                        if (Walkable(target.DeclaringType) is not null && target.Resolve() is { } factory)
                            Defer(lazy, factory, method);
                        break;
                    case MethodReference target when Walkable(target.DeclaringType) is { } type:
                        StaticConstructor(type, method);
                        if (target.Resolve() is { } definition)
                            Call(definition, method);
                        break;
                    case MethodReference target when Forbidden(target) is { } call:
                        Found.Add(PathTo(method, call));
                        break;
                    case MethodReference target when LazyOf(target, "get_Value") is { } read:
                        Read(read, method);
                        break;
                    case FieldReference field when Walkable(field.DeclaringType) is { } type:
                        StaticConstructor(type, method);
                        break;
                }
            }
        }

        // A method that overrides another library's (Dispose, ToString, an interface xunit calls) runs once its type
        // is created; one that overrides the walked code's runs where that is called.
        private void Create(TypeDefinition type, MethodDefinition caller)
        {
            for (var t = type; t is not null && Created.Add(t); t = Walkable(t.BaseType))
                foreach (var method in t.Methods.Where(m => m.IsVirtual && walk._overridden[m].Count == 0))
                    Reach(method, caller);
        }

        private void Call(MethodDefinition method, MethodDefinition caller)
        {
            if (Forbidden(method) is { } native)
                Found.Add(PathTo(caller, native));
            Reach(method, caller);
            foreach (var implementation in walk._overrides.GetValueOrDefault(method) ?? [])
                Reach(implementation, caller);
        }

        private void StaticConstructor(TypeDefinition type, MethodDefinition caller)
        {
            if (type.Methods.FirstOrDefault(m => m.IsConstructor && m.IsStatic) is { } constructor)
                Reach(constructor, caller);
        }

        // A Lazy<T>'s factory runs when a Lazy<T>'s Value is read: the walk cannot tell which Lazy<T>, so any.
        private void Defer(string lazy, MethodDefinition factory, MethodDefinition by)
        {
            if (_valuesRead.Contains(lazy))
                Reach(factory, by);
            else if (_factories.TryGetValue(lazy, out var list))
                list.Add((factory, by));
            else
                _factories[lazy] = [(factory, by)];
        }

        private void Read(string lazy, MethodDefinition by)
        {
            if (!_valuesRead.Add(lazy))
                return;
            foreach (var (factory, _) in _factories.GetValueOrDefault(lazy) ?? [])
                Reach(factory, by);
        }

        // The T when the delegate that ldftn makes goes straight into a new Lazy<T> (through the compiler's cache of a
        // lambda that captures nothing), else null.
        private static string? LazyFactory(Instruction ldftn)
        {
            for (var next = ldftn.Next; next is not null; next = next.Next)
            {
                if (next.Operand is MethodReference method && next.OpCode == OpCodes.Newobj)
                {
                    if (LazyOf(method, ".ctor") is { } lazy)
                        return lazy;
                    if (method.DeclaringType.GetElementType().FullName != "System.Func`1")
                        return null;
                }
                else if (next.OpCode.FlowControl is not FlowControl.Next || next.OpCode == OpCodes.Call)
                    return null;
            }
            return null;
        }

        private string PathTo(MethodDefinition method, string forbidden)
        {
            var path = new List<string> { forbidden };
            for (MethodDefinition? step = method; step is not null; step = _from[step])
                path.Add($"{step.DeclaringType.FullName.Replace('/', '+')}.{step.Name}");
            path.Reverse();
            return string.Join(" → ", path);
        }
    }
}
