using Grader.Platforms;
using Grader.Platforms.Gradebooks;

namespace Grader.Commands;

/// <summary>A gradebook file to write at the end of a batch or a merge, for the students of <paramref
/// name="Roster"/>.</summary>
/// <param name="Gradebook">Which platform's file.</param>
/// <param name="Roster">Whose ids key it.</param>
/// <param name="Settings">How grades are scaled and headed.</param>
internal sealed record GradebookRequest(IGradebook Gradebook, Roster Roster, GradebookSettings Settings);
