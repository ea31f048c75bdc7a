using Xunit.v3;

namespace Grader.Tests;

/// <summary>
/// Puts a test class in the fast tier (<c>./test.sh --fast</c>): tests over fixed data and the repository's files that
/// start no process, open no socket and need no sandbox, no root and no Docker. <see
/// cref="Architecture.FastTierTests"/> keeps the tier that way.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class FastAttribute : Attribute, ITraitAttribute
{
    /// <summary>The trait's name, as <c>--filter-trait</c> takes it.</summary>
    public const string Trait = "Category";

    /// <summary>The trait's value for the fast tier: <c>--filter-trait Category=Fast</c>.</summary>
    public const string Value = "Fast";

    /// <inheritdoc />
    public IReadOnlyCollection<KeyValuePair<string, string>> GetTraits() => [new(Trait, Value)];
}
