using Grader.Rubric;

namespace Grader.Launching;

/// <summary>The rubric's program limits turned into the limits of one launch.</summary>
public static class ProgramLimitsExtensions
{
    /// <summary>These limits for one launch that may run at most <paramref name="wallTime"/>.</summary>
    public static LaunchLimits ForLaunch(this ProgramLimits limits, TimeSpan wallTime) =>
        new(wallTime, limits.OutputBytes)
        {
            MemoryBytes = limits.MemoryBytes,
            Processes = limits.Processes,
            CpuTime = limits.CpuTime,
            ScratchBytes = limits.ScratchBytes,
        };

    /// <summary>
    /// The limits of each build tool's run when the build may take <paramref name="buildTime"/>: that wall time, as
    /// much CPU time per process (so a compiler is never cut short of its wall time), and this launch's memory,
    /// processes and scratch raised to the build floors (<see cref="ProgramLimits.BuildMemoryFloor"/>, <see
    /// cref="ProgramLimits.BuildProcessesFloor"/>,
    /// <see cref="ProgramLimits.BuildScratchFloor"/>), which a rubric's larger limits override. Output files in the
    /// work folder are bounded per file by the scratch limit.
    /// </summary>
    public static LaunchLimits ForBuild(this ProgramLimits limits, TimeSpan buildTime) =>
        new(buildTime, ProgramLimits.BuildOutputBytes)
        {
            MemoryBytes = Math.Max(limits.MemoryBytes, ProgramLimits.BuildMemoryFloor),
            Processes = Math.Max(limits.Processes, ProgramLimits.BuildProcessesFloor),
            CpuTime = buildTime,
            ScratchBytes = Math.Max(limits.ScratchBytes, ProgramLimits.BuildScratchFloor),
        };
}
