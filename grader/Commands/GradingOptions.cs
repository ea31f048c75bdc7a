using System.CommandLine;
using Grader.Grading;
using Grader.Labs;
using Grader.Rubric;
using Grader.Sandboxes;
using Grader.Sandboxes.Containers;

namespace Grader.Commands;

/// <summary>
/// The options <c>grade</c> and <c>batch</c> share to say how to grade (<c>--lab</c>, <c>--assignment</c>, <c>--sandbox</c>,
/// <c>--image</c>, <c>--share</c>), and the one way both turn them into a grader.
/// </summary>
internal sealed class GradingOptions
{
    private readonly Option<string?> _assignment = new("--assignment")
    {
        Description = "An assignment file (YAML) to grade against instead of the lab's own rubric.",
    };
    private readonly Option<string?> _lab = LabOption.Create();
    private readonly Option<string> _sandbox = SandboxOption.Create();
    private readonly Option<string> _image = ImageOption.Create();
    private readonly Option<string[]> _share = ShareOption.Create();

    /// <summary>Adds the options to <paramref name="command"/>, with the rule that <c>--share</c> does not reach
    /// into docker's containers.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(_lab);
        command.Options.Add(_assignment);
        command.Options.Add(_sandbox);
        command.Options.Add(_image);
        command.Options.Add(_share);
        SandboxOption.RefuseSharesInDocker(command, _sandbox, _share);
    }

    /// <summary>The assignment the parse names (the lab's own by default) and the grader of whole submissions for its
    /// sandbox, with a notice for the user when <c>auto</c> had to fall back.</summary>
    /// <exception cref="AssignmentException">The assignment file is unreadable or invalid.</exception>
    /// <exception cref="Sandboxes.SandboxUnavailableException">The sandbox asked for is unavailable.</exception>
    public async Task<(Assignment Assignment, ISubmissionGrader Grader, string? Notice)> CreateGraderAsync(
        ParseResult parse,
        CancellationToken cancellationToken,
        CaptureSettings? captures = null
    )
    {
        var file = parse.GetValue(_assignment);
        var lab = parse.GetValue(_lab);
        // --lab chooses the shipped rubric, or must agree with the assignment file's lab: key.
        var assignment = file is null
            ? AssignmentLoader.LoadShipped((lab is null ? LabRegistry.Default : LabRegistry.Find(lab)!).Definition)
            : AssignmentLoader.LoadFile(file, LabRegistry.Catalog, lab);
        if (Environment.GetEnvironmentVariable(HangWatch.Variable) == "deadline")
            assignment = assignment with { Hangs = HangWatch.Deadline };
        var (grader, notice) = await GraderFactory.CreateAsync(
            SandboxOption.Kind(parse, _sandbox),
            assignment,
            new ContainerSettings(parse.GetValue(_image)!, file),
            parse.GetValue(_share) ?? [],
            cancellationToken,
            captures
        );
        return (assignment, grader, notice);
    }
}
