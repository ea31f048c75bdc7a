namespace Grader.Checks.Clients;

/// <summary>
/// Why a client role's runs say nothing about its protocol: the client never reached the probe server as the lab's
/// client does (nothing sent, or sent to another host, port or transport).
/// </summary>
/// <param name="Problem">The role's first check's failure: what the client did instead.</param>
/// <param name="Summary">What it was, in a few words for the checks skipped because of it.</param>
public sealed record ClientBlocker(string Problem, string Summary);
