using Grader.Rubric;

namespace Grader.Results;

/// <summary>The verdict on one check.</summary>
/// <param name="Id">Such as <c>tcp-server/uppercase</c>.</param>
/// <param name="Role">The role's name.</param>
/// <param name="Title">One line saying what it checks.</param>
/// <param name="Required">Whether the role needs it to pass.</param>
/// <param name="Visibility">Whether students see its details.</param>
/// <param name="Status">Passed, failed or skipped.</param>
/// <param name="Passed">Whether it passed.</param>
/// <param name="Points">Points earned.</param>
/// <param name="MaxPoints">Points available.</param>
/// <param name="Message">What happened, in words: for a failure, what was expected and what came.</param>
/// <param name="Transcript">The probes' exchange with the program.</param>
/// <param name="Output">The program's output, for failures; null otherwise.</param>
public sealed record CheckResult(
    string Id,
    string Role,
    string Title,
    bool Required,
    Visibility Visibility,
    CheckStatus Status,
    bool Passed,
    int Points,
    int MaxPoints,
    string Message,
    IReadOnlyList<TranscriptEntry> Transcript,
    ProgramOutput? Output
)
{
    /// <summary>A picture the check took (a browser's screenshot of a web server's page), or null.</summary>
    [System.Text.Json.Serialization.JsonIgnore(
        Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull
    )]
    public CheckImage? Image { get; init; }

    /// <summary>The packets of the check's exchange as captured on its network's loopback, until written to a file
    /// (<see cref="CaptureFiles"/>); null when nothing was captured.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public PacketLog? Packets { get; init; }

    /// <summary>The file name of the check's capture (pcap, beside the result), or null when none was written.</summary>
    [System.Text.Json.Serialization.JsonIgnore(
        Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull
    )]
    public string? Capture { get; init; }

    /// <summary>The check's captured packets in a docker sandbox worker's result, on their way out of its container
    /// (<see cref="CaptureFrames"/>); null everywhere else.</summary>
    [System.Text.Json.Serialization.JsonIgnore(
        Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull
    )]
    public IReadOnlyList<CapturedPacket>? Frames { get; init; }

    /// <summary>What is missing from the capture (<c>capture truncated at N bytes</c>), or null.</summary>
    [System.Text.Json.Serialization.JsonIgnore(
        Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull
    )]
    public string? CaptureNote { get; init; }

    /// <summary>A fault: a required check that failed, which costs the grade.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsFault => Required && Status == CheckStatus.Failed;

    /// <summary>A robustness-only check that failed: feedback, scored apart, never a fault.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsRobustnessMiss => !Required && Status == CheckStatus.Failed;
}
