namespace Grader.Platforms;

/// <summary>A learning platform whose bulk download of an assignment the grader reads, and whose gradebook it may
/// write.</summary>
public enum Platform
{
    /// <summary>Instructure Canvas: "Download submissions" gives one flat zip.</summary>
    Canvas,

    /// <summary>Moodle: "Download all submissions" gives a zip of one folder (or prefix) per participant.</summary>
    Moodle,

    /// <summary>Blackboard Learn: "Assignment File Download" gives one flat zip, every attempt's files and a receipt
    /// per attempt.</summary>
    Blackboard,

    /// <summary>GitHub Classroom: <c>gh classroom clone student-repos</c> gives one cloned repository per
    /// student.</summary>
    Classroom,
}
