using System.Globalization;

namespace Grader.Batch;

/// <summary>Durations as people read them in progress lines: <c>42 s</c>, <c>3 min 05 s</c>, <c>2 h 10
/// min</c>.</summary>
public static class BatchTime
{
    /// <summary>Formats <paramref name="time"/> to the second.</summary>
    public static string Format(TimeSpan time) =>
        time.TotalSeconds switch
        {
            < 60 => string.Create(CultureInfo.InvariantCulture, $"{Math.Ceiling(time.TotalSeconds):0} s"),
            < 3600 => string.Create(CultureInfo.InvariantCulture, $"{(int)time.TotalMinutes} min {time.Seconds:00} s"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{(int)time.TotalHours} h {time.Minutes:00} min"),
        };
}
