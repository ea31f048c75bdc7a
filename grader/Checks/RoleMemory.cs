using System.Collections.Concurrent;

namespace Grader.Checks;

/// <summary>
/// What a lab's checks learnt about one role's server that outlives one server process, such as a fixed reply it sends
/// whatever it is sent: the grader keeps one per role across the processes it starts, and each lab keeps its own notes
/// in it, one object per type.
/// </summary>
public sealed class RoleMemory
{
    private readonly ConcurrentDictionary<Type, object> _notes = new();

    /// <summary>The notes of type <typeparamref name="T"/>, made empty the first time they are asked for.</summary>
    public T Of<T>()
        where T : class, new() => (T)_notes.GetOrAdd(typeof(T), _ => new T());
}
