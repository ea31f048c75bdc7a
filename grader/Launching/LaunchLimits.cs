namespace Grader.Launching;

/// <summary>The bounds every launched program runs within.</summary>
/// <param name="WallTime">How long it may run before it is killed.</param>
/// <param name="OutputBytes">How much of each of standard output and error is kept.</param>
public sealed record LaunchLimits(TimeSpan WallTime, int OutputBytes);
