using System.CommandLine;
using Grader.Labs;

namespace Grader.Commands;

/// <summary><c>--lab &lt;name&gt;</c>: which lab to grade (<c>grader labs</c> lists them).</summary>
internal static class LabOption
{
    /// <summary>The option; absent, the assignment file's <c>lab:</c> key or the default lab decides.</summary>
    public static Option<string?> Create()
    {
        var lab = new Option<string?>("--lab")
        {
            Description =
                $"The lab to grade: {string.Join(", ", LabRegistry.All.Select(l => l.Definition.Name))} (default: {LabRegistry.Default.Definition.Name}, or the assignment file's 'lab:').",
        };
        lab.AcceptOnlyFromAmong(LabRegistry.All.Select(l => l.Definition.Name).ToArray());
        return lab;
    }
}
