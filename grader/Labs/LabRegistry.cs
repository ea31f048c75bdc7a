using Grader.Rubric;

namespace Grader.Labs;

/// <summary>Every lab the grader has: each <see cref="ILab"/> in this assembly, found once, in name order.</summary>
public static class LabRegistry
{
    private static readonly Lazy<IReadOnlyList<ILab>> Found = new(() =>
        typeof(ILab)
            .Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ILab).IsAssignableFrom(t))
            .Select(t => (ILab)Activator.CreateInstance(t)!)
            .OrderBy(l => l.Definition.Name, StringComparer.Ordinal)
            .ToList()
    );

    /// <summary>Every lab, in name order.</summary>
    public static IReadOnlyList<ILab> All => Found.Value;

    /// <summary>The lab graded when none is named.</summary>
    public static ILab Default => All.Single(l => l.IsDefault);

    /// <summary>The labs as the assignment loader needs them.</summary>
    public static ILabCatalog Catalog { get; } = new RegisteredLabs();

    /// <summary>The lab named <paramref name="name"/>, or null.</summary>
    public static ILab? Find(string name) => All.FirstOrDefault(l => l.Definition.Name == name);

    /// <summary>The module of the lab <paramref name="assignment"/> is for: its own, or for a lab the assignment file
    /// defines, the module of the lab it is based on.</summary>
    /// <exception cref="InvalidOperationException">No module defines that lab (a grader bug: the loader checked
    /// it).</exception>
    public static ILab For(Assignment assignment) =>
        Find(assignment.Lab.Base ?? assignment.Lab.Name)
        ?? throw new InvalidOperationException($"no lab module named '{assignment.Lab.Base ?? assignment.Lab.Name}'");

    private sealed class RegisteredLabs : ILabCatalog
    {
        public LabDefinition Default => LabRegistry.Default.Definition;

        public IReadOnlyList<LabDefinition> All => LabRegistry.All.Select(l => l.Definition).ToList();
    }
}
