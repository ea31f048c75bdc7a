using Grader.Labs;
using Grader.Rubric;

namespace Grader.Tests.Rubric;

/// <summary>The default lab with other check kinds: for settings no real check declares.</summary>
internal sealed class OneLab(ICheckKinds kinds) : ILabCatalog
{
    public LabDefinition Default { get; } = LabRegistry.Default.Definition with { Kinds = kinds };

    public IReadOnlyList<LabDefinition> All => [Default];
}
