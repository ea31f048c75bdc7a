namespace Reference.Tests.Support;

/// <summary>How long the tests wait, in one place.</summary>
public static class Timeouts
{
    /// <summary>
    /// The most a test waits for something that must happen (a ready line, a reply, an exit). Generous, because
    /// tests run in parallel on a small machine; a passing test never waits this long.
    /// </summary>
    public static readonly TimeSpan Event = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a test watches for something that must not happen (a reply a sequential server must hold back).
    /// A slow machine can only make such a check pass more easily, never fail it.
    /// </summary>
    public static readonly TimeSpan Silence = TimeSpan.FromSeconds(1.5);
}
