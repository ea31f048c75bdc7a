namespace Grader.Rubric;

/// <summary>The labs an assignment file may be for. The labs live above the rubric, which names none of them, so the
/// loader is given these.</summary>
public interface ILabCatalog
{
    /// <summary>The lab graded when neither the command line nor the assignment file names one.</summary>
    LabDefinition Default { get; }

    /// <summary>Every lab, in the order <c>grader labs</c> lists them.</summary>
    IReadOnlyList<LabDefinition> All { get; }

    /// <summary>The lab named <paramref name="name"/>, or null.</summary>
    LabDefinition? Find(string name) => All.FirstOrDefault(l => l.Name == name);
}
