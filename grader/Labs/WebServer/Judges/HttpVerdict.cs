using Grader.Checks;

namespace Grader.Labs.WebServer.Judges;

/// <summary>What the judge found in one reply: the reply as parsed and every fault, in the order a student should fix
/// them.</summary>
/// <param name="Response">The reply as parsed.</param>
/// <param name="Findings">The faults; empty when the reply is right.</param>
public sealed record HttpVerdict(HttpResponse Response, IReadOnlyList<Finding<HttpFault>> Findings)
    : Verdict<HttpFault>(Findings);
