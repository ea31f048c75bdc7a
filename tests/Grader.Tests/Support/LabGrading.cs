using Grader.Grading;
using Grader.Labs;
using Grader.Results;
using Grader.Rubric;
using Grader.Sandboxes;

namespace Grader.Tests.Support;

/// <summary>Grades submissions the way <c>grader grade</c> does, with the lab's shipped rubric.</summary>
public static class LabGrading
{
    /// <summary>The lab's rubric as shipped.</summary>
    public static Assignment Lab { get; } = AssignmentLoader.LoadShipped(LabRegistry.Default.Definition);

    // Gradings at once in this test process, across every test: one per core, so the suite does not overload its own
    // machine (each grading runs five roles' programs and probes side by side).
    private static readonly SemaphoreSlim Slots = new(Environment.ProcessorCount, Environment.ProcessorCount);

    /// <summary>
    /// Grades <paramref name="directory"/> in the namespace sandbox (or <paramref name="sandbox"/>), sharing with
    /// builds what the example <c>csharp-reference</c> needs (<see cref="Repository.ReferenceShares"/>), as the
    /// command in docs/grading.md does; waits for one of the suite's grading slots (one per core) first.
    /// </summary>
    public static async Task<GradeResult> GradeAsync(
        string directory,
        ISandbox? sandbox = null,
        Assignment? assignment = null
    )
    {
        await Slots.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            return await new SubmissionGrader(assignment ?? Lab, sandbox ?? new NamespaceSandbox())
            {
                SharedPaths = Repository.ReferenceShares,
            }.GradeAsync(directory, TestContext.Current.CancellationToken);
        }
        finally
        {
            Slots.Release();
        }
    }

    /// <summary>Grades <paramref name="directory"/> with <paramref name="grader"/> (as <see cref="GraderFactory"/> made
    /// it for a <c>--sandbox</c>), in one of the suite's grading slots.</summary>
    public static async Task<GradeResult> GradeAsync(string directory, ISubmissionGrader grader)
    {
        ArgumentNullException.ThrowIfNull(grader);
        await Slots.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            return await grader.GradeAsync(directory, TestContext.Current.CancellationToken);
        }
        finally
        {
            Slots.Release();
        }
    }

    /// <summary>
    /// Writes the lab's rubric to a file in <paramref name="folder"/>, as an instructor's assignment file in which each
    /// of
    /// <paramref name="limits"/> (such as <c>cpu-time: 1s</c>) replaces the shipped limit of its name; returns its
    /// path.
    /// </summary>
    public static string AssignmentFileWith(TempFolder folder, params IReadOnlyList<string> limits)
    {
        var text = File.ReadAllText(
            Path.Combine(Repository.Root, "grader", "Labs", "Lab1Sockets", "lab1-sockets.yaml")
        );
        foreach (var limit in limits)
        {
            var name = limit[..limit.IndexOf(':', StringComparison.Ordinal)];
            text = System.Text.RegularExpressions.Regex.Replace(text, $"(?m)^  {name}: .*$", $"  {limit}");
        }
        var path = Path.Combine(folder["assignment"], "lab1-limits.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>The result of one check, by its full id.</summary>
    public static CheckResult Check(this GradeResult result, string id) => result.Checks.Single(c => c.Id == id);

    /// <summary>The result of one role.</summary>
    public static RoleResult Role(this GradeResult result, string role) => result.Roles.Single(r => r.Role == role);
}
