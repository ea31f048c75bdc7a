using Grader.Checks.Clients;
using Grader.Labs;
using Grader.Rubric;
using Grader.Sandboxes;
using Grader.Tests.Support;

namespace Grader.Tests.Architecture;

/// <summary>
/// Code that is never run, only read by <see cref="FastTierTests"/>: each class does what the fast tier must not, out
/// of sight of its own source, to prove <see cref="CallWalk"/> finds it; and one does nothing of the kind.
/// </summary>
internal static class WalkCanaries
{
    /// <summary>Starts a shell through a test helper.</summary>
    public sealed class ThroughAHelper
    {
        public void Run() => BadInputs.Shell("/", "true");
    }

    /// <summary>Grades a submission in the namespace sandbox, after an await, through the tests' grading
    /// helper.</summary>
    public sealed class AfterAnAwait
    {
        public async Task RunAsync()
        {
            await Task.Yield();
            await LabGrading.GradeAsync("/nowhere");
        }
    }

    /// <summary>Grades a role through the lab module's interfaces, never naming a class that launches.</summary>
    public sealed class ThroughAnInterface
    {
        public Task RunAsync(RoleSpec role, Assignment assignment, ISandbox sandbox) =>
            LabRegistry.All[0].RoleGrader(role.Role, assignment, sandbox)!.GradeAsync(role, null!, default);
    }

    /// <summary>Deletes a folder with a shell when disposed, through <c>using</c>: another library's interface.</summary>
    public sealed class WhenDisposed
    {
        public void Run()
        {
            using var folder = new ShellDeleted();
        }

        private sealed class ShellDeleted : IDisposable
        {
            public void Dispose() => BadInputs.Delete("/nowhere");
        }
    }

    /// <summary>Judges a recorded client run and loads the shipped rubric: nothing forbidden.</summary>
    public sealed class Pure
    {
        public string? Run(ClientRun run) => LabGrading.Lab.Id + ClientFaults.Fatal(run);
    }
}
