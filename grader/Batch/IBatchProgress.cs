using Grader.Results;

namespace Grader.Batch;

/// <summary>What a batch tells the person or log watching it, as submissions start and finish; called from several
/// threads.</summary>
public interface IBatchProgress
{
    /// <summary>Runs <paramref name="batch"/> while showing its progress, counted in <paramref
    /// name="tally"/>.</summary>
    Task RunAsync(BatchTally tally, Func<Task> batch);

    /// <summary>A submission's result was already stored and its files are unchanged: it is not graded again.</summary>
    void Kept(GradeResult result);

    /// <summary>Grading of <paramref name="submission"/> began.</summary>
    void Started(string submission);

    /// <summary>A submission was graded and its result stored.</summary>
    void Graded(GradeResult result);

    /// <summary>A submission could not be graded.</summary>
    void Ungraded(UngradedSubmission submission);
}
