namespace Grader.Rubric;

/// <summary>Whether a student sees a check's details.</summary>
public enum Visibility
{
    /// <summary>Shown to everyone.</summary>
    Visible,

    /// <summary>Counted in the student's report but not detailed; detailed for instructors.</summary>
    Hidden,
}
