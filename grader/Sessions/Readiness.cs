namespace Grader.Sessions;

/// <summary>Whether a launched server came to serve its port (<see cref="Ready"/>), or why not (<see
/// cref="NotReady"/>).</summary>
public abstract record Readiness
{
    private Readiness() { }

    /// <summary>The kernel's socket table shows the port served: listening (TCP) or bound (UDP).</summary>
    public sealed record Ready : Readiness;

    /// <summary>The server never served its port: <paramref name="WhyNot"/> says why, in words for a student.</summary>
    public sealed record NotReady(string WhyNot) : Readiness;
}
