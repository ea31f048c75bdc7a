namespace Grader.Labs.WebServer;

/// <summary>One fault found in a reply, and the sentence a student reads about it.</summary>
/// <param name="Fault">Which fact.</param>
/// <param name="Message">One sentence naming what was sent and what came back.</param>
public sealed record HttpFinding(HttpFault Fault, string Message);
