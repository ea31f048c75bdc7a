namespace Grader.Labs.WebServer;

/// <summary>What the judge found in one reply: the reply as parsed and every fault, in the order a student should fix
/// them.</summary>
/// <param name="Response">The reply as parsed.</param>
/// <param name="Findings">The faults; empty when the reply is right.</param>
public sealed record HttpVerdict(HttpResponse Response, IReadOnlyList<HttpFinding> Findings)
{
    /// <summary>Whether <paramref name="fault"/> was found.</summary>
    public bool Has(HttpFault fault) => Findings.Any(f => f.Fault == fault);

    /// <summary>The sentence about <paramref name="fault"/>, or null when it was not found.</summary>
    public string? MessageFor(HttpFault fault) => Findings.FirstOrDefault(f => f.Fault == fault)?.Message;

    /// <summary>The findings a rubric counts: those <paramref name="counts"/> says it requires.</summary>
    public IReadOnlyList<HttpFinding> Where(Func<HttpFault, bool> counts) => [.. Findings.Where(f => counts(f.Fault))];
}
