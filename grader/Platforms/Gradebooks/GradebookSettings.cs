namespace Grader.Platforms.Gradebooks;

/// <summary>How grades go into a gradebook file.</summary>
/// <param name="Points">The assignment's maximum in the gradebook: each student's required score is scaled to it; null
/// keeps the score out of the rubric's required points.</param>
/// <param name="Column">Canvas's column for the assignment, as its own gradebook export heads it (<c>Lab 1
/// (123456)</c>); null heads it with the assignment's id, which Canvas's import offers to create as a new
/// assignment.</param>
/// <param name="Written">When the grades are written, for Moodle's <c>Last modified (grade)</c>.</param>
public sealed record GradebookSettings(decimal? Points, string? Column, DateTimeOffset Written);
