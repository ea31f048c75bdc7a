namespace Grader.Rubric;

/// <summary>An assignment file that cannot be used: the message names the file, the line and the key.</summary>
public sealed class AssignmentException(string message) : Exception(message);
